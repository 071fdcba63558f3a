package io.kaidian.platform.security;

/** What an account may do (API.md, "Conventions"). */
public enum Role {

	/** an applicant or merchant: sees only its own data */
	SELLER,

	/** platform staff who decide cases on the review queues */
	REVIEWER,

	/** platform staff who configure the marketplace and govern accounts */
	OPERATOR,

	/**
	 * a system of the marketplace calling the integration API with a credential an
	 * operator issued (never a person, never a password)
	 */
	INTEGRATION;

	public String authority() {
		return "ROLE_" + name();
	}

}
