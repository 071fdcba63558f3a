package io.kaidian.platform.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount as a reader of that language writes it: the currency's sign, the digits
 * grouped the reader's way, no {@code .00} on a whole amount ({@code ¥10,000},
 * {@code ¥2,500.50}). Pages show amounts this way; the API keeps {@link Money}'s plain
 * string.
 */
public final class MoneyFormat {

	private MoneyFormat() {
	}

	/** The amount for a reader of that locale. */
	public static String format(Money money, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		boolean whole = money.amount().signum() == 0 || money.amount().stripTrailingZeros().scale() <= 0;
		number.setMinimumFractionDigits(whole ? 0 : 2);
		number.setMaximumFractionDigits(2);
		return sign(money.currency()) + number.format(money.amount());
	}

	/** The amount in Chinese yuan for a reader of that locale. */
	public static String cny(BigDecimal amount, Locale locale) {
		return format(Money.cny(amount), locale);
	}

	private static String sign(String currency) {
		return "CNY".equals(currency) ? "¥" : currency + " ";
	}

}
