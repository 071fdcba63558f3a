package io.kaidian.identity;

/** Where a verification case stands (API.md, "Identity"). */
public enum CaseStatus {

	/** being filled in by the seller */
	DRAFT,

	/**
	 * submitted; waiting for the seller to complete the Alipay step (expires after two
	 * months, R-ID-4)
	 */
	AWAITING_PROVIDER,

	/** Alipay done; a reviewer decides (target 48 h, R-ID-5) */
	IN_REVIEW,

	/** approved: the subject is bound to the account for good (R-ID-7) */
	APPROVED,

	/** refused with reasons; the seller fixes what was refused in a new attempt */
	REJECTED,

	/** the Alipay step was not completed in time (R-ID-4); the seller starts again */
	EXPIRED;

	boolean live() {
		return this == DRAFT || this == AWAITING_PROVIDER || this == IN_REVIEW || this == APPROVED;
	}

}
