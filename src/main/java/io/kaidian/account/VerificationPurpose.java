package io.kaidian.account;

/** What a verification code proves an email or phone for. */
public enum VerificationPurpose {

	/** registering a seller account (R-REG-1, R-REG-2) */
	REGISTER,

	/** resetting a forgotten password */
	RESET_PASSWORD,

	/**
	 * signing in to a locked email with its password (step-up, ADR 0016); sent by the
	 * sign-in itself, never on request
	 */
	SIGN_IN

}
