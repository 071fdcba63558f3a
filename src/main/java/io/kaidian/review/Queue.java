package io.kaidian.review;

/** The review queues (API.md, "Review"). */
public enum Queue {

	/** real-name authentication cases (R-ID); target 48 h */
	IDENTITY,

	/** settlement applications, decided item by item (R-APP); target 10 working days */
	APPLICATION,

	/**
	 * a name or domain change of an open store (R-STORE-1), decided as a whole; target
	 * configured
	 */
	STORE_CHANGE

}
