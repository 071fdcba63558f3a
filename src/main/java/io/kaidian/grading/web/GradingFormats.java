package io.kaidian.grading.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.kaidian.platform.i18n.ReaderTime;

/** Months and rates written for the reader's language. */
final class GradingFormats {

	private GradingFormats() {
	}

	static String month(YearMonth month, Locale locale) {
		return ReaderTime.month(month, locale);
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
