package io.kaidian.settlement;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A brand's data as stored: name stripped, trademark number normalised (R-APP-5).
 *
 * @param name the brand's name
 * @param trademarkNumber the registration or application number
 * @param trademarkStatus ® or TM
 * @param ownership owned or authorised
 * @param trademarkClass the Nice class
 * @param owner the trademark's owner
 */
record Brand(@Nullable String name, @Nullable String trademarkNumber, @Nullable TrademarkStatus trademarkStatus,
		@Nullable Ownership ownership, @Nullable Integer trademarkClass, @Nullable String owner) {

	static Brand of(BrandForm form) {
		return new Brand(strip(form.name()), TrademarkNumbers.normalise(form.trademarkNumber()), form.trademarkStatus(),
				form.ownership(), form.trademarkClass(), strip(form.owner()));
	}

	BrandForm form() {
		return new BrandForm(this.name, this.trademarkNumber, this.trademarkStatus, this.ownership, this.trademarkClass,
				this.owner);
	}

	/**
	 * Whether the other is the same mark: same name and number. A save that changes
	 * either makes it another brand, and its documents are dropped.
	 */
	boolean sameMark(Brand other) {
		return Objects.equals(this.name, other.name) && Objects.equals(this.trademarkNumber, other.trademarkNumber);
	}

	/** The document kinds this brand needs (R-APP-5). */
	java.util.List<BrandDocumentKind> requiredDocuments() {
		return (this.ownership == Ownership.AUTHORIZED)
				? java.util.List.of(BrandDocumentKind.TRADEMARK_CERTIFICATE, BrandDocumentKind.AUTHORIZATION_LETTER)
				: java.util.List.of(BrandDocumentKind.TRADEMARK_CERTIFICATE);
	}

	private static @Nullable String strip(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
