package io.kaidian.screening;

/**
 * The two dictionaries of R-REG-5. A hit names its list, so the seller learns whether the
 * term is refused outright or needs the brand owner's authorisation.
 */
public enum TermList {

	/** Illegal terms and terms that disrupt the marketplace's order: never allowed. */
	PROHIBITED("PROHIBITED_TERM"),

	/** Brand names a seller may only use when authorised by the brand owner. */
	PROTECTED_BRAND("PROTECTED_BRAND");

	private final String violationCode;

	TermList(String violationCode) {
		this.violationCode = violationCode;
	}

	/**
	 * The stable code callers report a hit of this list with ({@code PROHIBITED_TERM} or
	 * {@code PROTECTED_BRAND}).
	 */
	public String violationCode() {
		return this.violationCode;
	}

}
