package io.kaidian.platform.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A page sign-in refused: {@link #reason()} is the query parameter the form is shown
 * again with. An {@link AccountStatusException}, so a {@code ProviderManager} stops at
 * the first refusal instead of asking a parent manager again, which would count the
 * failure twice.
 */
class PageSignInFailure extends AccountStatusException {

	/** A wrong email or password. */
	static final String WRONG = "error";

	/** The problem code of the account module's step-up answer. */
	static final String STEP_UP = "STEP_UP_REQUIRED";

	/** A code is needed: one was sent by email if the password was right. */
	static final String STEP_UP_REASON = "stepUp";

	/** The password or the code was wrong. */
	static final String STEP_UP_FAILED = "stepUpFailed";

	/** Too many failures from this client for now. */
	static final String LIMITED = "limited";

	private final String reason;

	private final String email;

	PageSignInFailure(String reason, String email) {
		super(reason);
		this.reason = reason;
		this.email = email;
	}

	String reason() {
		return this.reason;
	}

	/**
	 * The email typed, shown again in the form so only the password and code are retyped.
	 */
	String email() {
		return this.email;
	}

}
