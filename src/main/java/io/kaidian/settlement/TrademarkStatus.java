package io.kaidian.settlement;

/** Where a brand's trademark stands (R-APP-5). */
public enum TrademarkStatus {

	/** registered, ®: a registration certificate exists */
	REGISTERED,

	/**
	 * applied for, TM: accepted for examination, not yet registered; valid for a limited
	 * time
	 */
	TM

}
