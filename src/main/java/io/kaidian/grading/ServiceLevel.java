package io.kaidian.grading;

/** The monthly service evaluation of a merchant (R-GRADE-3, -6). */
public enum ServiceLevel {

	/** bad-order rate below the excellent threshold */
	EXCELLENT,

	/** below the good threshold */
	GOOD,

	/** below the passing threshold, or a newcomer in its grace period */
	PASSING,

	/** at or above the passing threshold */
	FAILING,

	/** fewer assessed orders than the minimum */
	NOT_RATED

}
