package io.kaidian.settlement.web;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import io.kaidian.settlement.BrandForm;
import io.kaidian.settlement.BrandView;
import io.kaidian.settlement.Ownership;
import io.kaidian.settlement.TrademarkStatus;

/**
 * One brand row of the brands step, as typed.
 *
 * @param name the brand's name
 * @param trademarkNumber its registration or application number
 * @param trademarkStatus REGISTERED or TM
 * @param ownership OWNED or AUTHORIZED
 * @param trademarkClass the Nice class
 * @param owner the trademark's owner
 */
record BrandRow(@Nullable String name, @Nullable String trademarkNumber, @Nullable String trademarkStatus,
		@Nullable String ownership, @Nullable String trademarkClass, @Nullable String owner) implements Serializable {

	static final BrandRow EMPTY = new BrandRow(null, null, null, null, null, null);

	static BrandRow of(BrandView brand) {
		return new BrandRow(brand.name(), brand.trademarkNumber(),
				brand.trademarkStatus() != null ? brand.trademarkStatus().name() : null,
				brand.ownership() != null ? brand.ownership().name() : null,
				brand.trademarkClass() != null ? brand.trademarkClass().toString() : null, brand.owner());
	}

	BrandForm toBrandForm() {
		return new BrandForm(ApplicationPageText.blankToNull(this.name),
				ApplicationPageText.blankToNull(this.trademarkNumber),
				ApplicationPageText.parse(TrademarkStatus.class, this.trademarkStatus),
				ApplicationPageText.parse(Ownership.class, this.ownership), number(this.trademarkClass),
				ApplicationPageText.blankToNull(this.owner));
	}

	static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
