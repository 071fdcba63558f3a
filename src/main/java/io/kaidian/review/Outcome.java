package io.kaidian.review;

/** How a case, or one of its items, was decided. */
public enum Outcome {

	/** accepted */
	APPROVED,

	/** refused with coded reasons */
	REJECTED

}
