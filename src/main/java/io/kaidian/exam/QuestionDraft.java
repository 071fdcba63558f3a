package io.kaidian.exam;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as an operator writes it (or the seed gives it), before it is checked.
 *
 * @param topic the topic's name
 * @param textEn the question in English
 * @param textZh the question in Chinese
 * @param options the options
 */
public record QuestionDraft(@Nullable String topic, @Nullable String textEn, @Nullable String textZh,
		@Nullable List<OptionDraft> options) {

	/**
	 * An option as written.
	 *
	 * @param textEn in English
	 * @param textZh in Chinese
	 * @param correct whether it is the right one
	 */
	public record OptionDraft(@Nullable String textEn, @Nullable String textZh, @Nullable Boolean correct) {
	}

}
