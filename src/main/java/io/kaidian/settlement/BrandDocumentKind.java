package io.kaidian.settlement;

/** The documents of a brand (R-APP-5). */
public enum BrandDocumentKind {

	/**
	 * the trademark's registration certificate (®) or acceptance notice (TM); for an
	 * authorised brand, the owner's
	 */
	TRADEMARK_CERTIFICATE,

	/** the owner's letter authorising the seller; required for an authorised brand */
	AUTHORIZATION_LETTER

}
