package io.kaidian.grading.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Short months and rates written for the reader's language; full months are
 * {@link io.kaidian.platform.i18n.ReaderTime#month}.
 */
final class GradingFormats {

	private GradingFormats() {
	}

	static String shortMonth(YearMonth month, Locale locale) {
		return DateTimeFormatter
			.ofPattern(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "M月" : "MMM", locale)
			.format(month);
	}

	static String percent(BigDecimal rate, Locale locale) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(rate);
	}

}
