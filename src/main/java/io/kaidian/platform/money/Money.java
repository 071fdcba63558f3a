package io.kaidian.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An amount of money, serialised as {@code {"amount": "10000.00", "currency": "CNY"}}
 * (API.md conventions): the amount a string with the currency's two decimals.
 *
 * @param amount the amount, scaled to two decimals
 * @param currency the ISO 4217 code
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

	public Money {
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** An amount in Chinese yuan. */
	public static Money cny(BigDecimal amount) {
		return new Money(amount, "CNY");
	}

	/** An amount in Chinese yuan, e.g. {@code "10000.00"}. */
	public static Money cny(String amount) {
		return cny(new BigDecimal(amount));
	}

}
