package io.kaidian.exam;

/**
 * What a question is about (R-EXAM-2), in journey order; each has a section of the
 * sellers' rules page, which a failed attempt links to (docs/guide/exam.md).
 */
public enum Topic {

	/** Registration and accounts: email, codes, names, member ID, who may register. */
	REGISTRATION,

	/** Real-name authentication: subjects, documents, binding, one account per person. */
	IDENTITY,

	/** Store types (official, specialty, exclusive, general) and brands. */
	STORE_TYPES_AND_BRANDS,

	/**
	 * The business scope and its categories, qualifications, the application's review.
	 */
	CATEGORIES,

	/** The annual fee and the deposit, and paying them. */
	FEES,

	/** Setting up the store, the payout account and opening with enough products. */
	OPENING,

	/** Credit points, merchant levels and the monthly service evaluation. */
	GRADING,

	/** Violations, closures, bans and appeals. */
	PENALTIES_AND_APPEALS;

	/** The anchor of this topic's section on the rules page. */
	public String anchor() {
		return "topic-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
