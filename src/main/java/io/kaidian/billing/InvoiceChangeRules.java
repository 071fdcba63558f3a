package io.kaidian.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * What an operator sends to refund, waive or adjust an invoice (R-FEE; ADR 0024): an
 * amount in yuan to the cent, above zero, and a reason. Every broken rule at once.
 */
final class InvoiceChangeRules {

	/** The largest amount the money columns hold ({@code NUMERIC(12, 2)}). */
	private static final BigDecimal LIMIT = new BigDecimal("9999999999.99");

	private final int reasonMaxLength;

	private final List<Violation> violations = new ArrayList<>();

	InvoiceChangeRules(int reasonMaxLength) {
		this.reasonMaxLength = reasonMaxLength;
	}

	/** A positive amount to the cent ({@code AMOUNT_INVALID}), or null when broken. */
	@Nullable Money amount(@Nullable String amount) {
		try {
			BigDecimal value = new BigDecimal((amount != null) ? amount.strip() : "");
			if (value.signum() > 0 && value.scale() <= 2 && value.compareTo(LIMIT) <= 0) {
				return Money.cny(value);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		this.violations.add(Violation.of("amount", "AMOUNT_INVALID"));
		return null;
	}

	/**
	 * A reason that is given ({@code CHANGE_REASON_REQUIRED}) and not too long
	 * ({@code CHANGE_REASON_TOO_LONG}).
	 */
	String reason(@Nullable String reason) {
		String stripped = (reason != null) ? reason.strip() : "";
		if (stripped.isEmpty()) {
			this.violations.add(Violation.of("reason", "CHANGE_REASON_REQUIRED"));
		}
		else if (stripped.length() > this.reasonMaxLength) {
			this.violations.add(Violation.of("reason", "CHANGE_REASON_TOO_LONG", this.reasonMaxLength));
		}
		return stripped;
	}

	void throwIfAny() {
		if (!this.violations.isEmpty()) {
			throw new RuleViolationException(this.violations);
		}
	}

}
