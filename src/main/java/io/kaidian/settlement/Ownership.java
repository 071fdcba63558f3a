package io.kaidian.settlement;

/** How the seller holds a brand (R-APP-3, R-APP-5). */
public enum Ownership {

	/** the seller's subject owns the mark */
	OWNED,

	/** the owner authorised the seller, by a letter */
	AUTHORIZED

}
