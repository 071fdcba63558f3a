package io.kaidian.settlement;

/**
 * The sales plans of R-APP-2; their limits and fees are operator data
 * ({@link PlanTerms}).
 */
public enum SalesPlan {

	/** fewer products; the only plan an individual business starts with */
	BASIC,

	/**
	 * more products; enterprises choose it freely, individual businesses after upgrading
	 */
	STANDARD

}
