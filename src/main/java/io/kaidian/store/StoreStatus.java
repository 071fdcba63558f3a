package io.kaidian.store;

/** Where a store stands (API.md "Store, payout account, products"). */
public enum StoreStatus {

	/** being set up: nothing of it is public */
	SETUP,

	/** open: its storefront is public (R-OPEN-1) */
	OPEN,

	/** suspended by governance */
	SUSPENDED,

	/** closed */
	CLOSED

}
