package io.kaidian.settlement;

/** The store types of R-APP-3. */
public enum StoreType {

	/**
	 * the brand owner's store: a registered ® mark owned or exclusively authorised; one
	 * brand
	 */
	OFFICIAL,

	/** 专卖店: one brand, ® or TM, owned or authorised */
	SPECIALTY,

	/** 专营店: one or more brands of the scope, ® or TM, owned or authorised */
	EXCLUSIVE,

	/** no brand; only categories that allow unbranded goods */
	GENERAL

}
