package io.kaidian.screening;

/**
 * Where a screened text comes from. Every context is screened against both lists with the
 * same rules today; callers still say where the text comes from, so the rules can differ
 * per field later without changing them.
 */
public enum ScreeningContext {

	/** The local part of a seller's login email (R-REG-1, R-REG-5). */
	EMAIL_LOCAL_PART,

	/** A store's display name (R-STORE-1). */
	STORE_NAME,

	/** A store's sub-domain (R-STORE-1). */
	STORE_DOMAIN,

	/** A brand name a seller applies for (R-APP-5). */
	BRAND_NAME,

	/** A product's title (R-OPEN-1). */
	PRODUCT_TITLE

}
