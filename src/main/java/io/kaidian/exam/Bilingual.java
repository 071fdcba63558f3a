package io.kaidian.exam;

import java.util.Locale;

/**
 * A text in English and Simplified Chinese.
 *
 * @param en the English text
 * @param zh the Simplified Chinese text
 */
public record Bilingual(String en, String zh) {

	/** The text in the reader's language: Chinese for Chinese, else English. */
	public String in(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.zh : this.en;
	}

}
