package io.kaidian.store;

/** Which of a store's two images (R-STORE-1). */
public enum StoreImage {

	/** the square mark shown beside its name */
	LOGO,

	/** the wide picture across the top of its storefront */
	BANNER

}
