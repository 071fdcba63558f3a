package io.kaidian.settlement.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.i18n.ReaderTime;

/**
 * The words, amounts and dates of the application pages, in the page's language; dates in
 * the marketplace's time, Beijing time, written the language's way ({@link ReaderTime}).
 */
@Component
class ApplicationPageText {

	private final MessageSource messages;

	private final ReaderTime times;

	ApplicationPageText(MessageSource messages, ReaderTime times) {
		this.messages = messages;
		this.times = times;
	}

	String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	String messageOr(String code, String fallback, Locale locale) {
		return this.messages.getMessage(code, null, fallback, locale);
	}

	static String money(Money money) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		String amount = format.format(money.amount() != null ? money.amount() : BigDecimal.ZERO);
		return "CNY".equals(money.currency()) ? "¥" + amount : money.currency() + " " + amount;
	}

	@Nullable String dateTime(@Nullable Instant instant, Locale locale) {
		return this.times.dateTime(instant, locale);
	}

	String date(Instant instant, Locale locale) {
		return this.times.date(instant, locale);
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
