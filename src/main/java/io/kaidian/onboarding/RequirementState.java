package io.kaidian.onboarding;

/** Where a requirement of the checklist stands. */
public enum RequirementState {

	/** fulfilled */
	DONE,

	/** the seller's move */
	DUE,

	/** submitted; a reviewer decides */
	IN_REVIEW,

	/** refused with reasons; the seller fixes what was refused */
	REJECTED,

	/** waits for the requirements in {@code blockedBy} */
	BLOCKED

}
