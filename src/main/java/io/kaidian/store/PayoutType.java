package io.kaidian.store;

/** The kinds of payout (collection) account of R-STORE-2. */
public enum PayoutType {

	/** an Alipay account: its email or mainland mobile */
	ALIPAY,

	/** a World First-style cross-border collection account */
	WORLD_FIRST,

	/** a bank account */
	BANK

}
