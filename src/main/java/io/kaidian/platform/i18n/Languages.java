package io.kaidian.platform.i18n;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The two languages of Kaidian, English and Simplified Chinese (PRODUCT.md §5). */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> ALL = List.of(ENGLISH, CHINESE);

	private Languages() {
	}

	/**
	 * Any Chinese variant means Simplified Chinese; anything else, or nothing, means
	 * English.
	 */
	public static Locale supported(@Nullable Locale requested) {
		if (requested != null && "zh".equals(requested.getLanguage())) {
			return CHINESE;
		}
		return ENGLISH;
	}

	/** The language tag clients send and receive: {@code en} or {@code zh-CN}. */
	public static String tag(Locale locale) {
		return supported(locale).toLanguageTag();
	}

}
