package io.kaidian.settlement;

/** Where one item of the application (a category or a brand) stands. */
public enum ItemStatus {

	/** added or changed since the last submission */
	DRAFT,

	/** submitted; a reviewer decides it */
	IN_REVIEW,

	/** approved: locked, never asked for again (PRODUCT.md §4.2) */
	APPROVED,

	/** rejected with reasons: the seller fixes it, replaces it or removes it */
	REJECTED,

	/** an approved TM-status mark past its validity (PRODUCT.md §4.6) */
	EXPIRED

}
