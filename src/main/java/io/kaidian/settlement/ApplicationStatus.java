package io.kaidian.settlement;

/** Where a settlement application stands (API.md, "Settlement application"). */
public enum ApplicationStatus {

	/**
	 * being filled in by the seller; after a rejection, only the rejected items change
	 */
	DRAFT,

	/** submitted; a reviewer decides item by item (target 10 working days, R-APP-6) */
	IN_REVIEW,

	/** every item approved: fees are due next (R-FEE-1) */
	APPROVED,

	/**
	 * at least one item rejected with reasons; the seller fixes those and resubmits
	 * (R-APP-6)
	 */
	REJECTED

}
