package io.kaidian.platform.security;

/**
 * The port through which the pages' sign-in form checks a password. The {@code account}
 * module implements it with the same brute-force protection as the API's sign-in
 * (docs/adr/0016-abuse-limits-and-sign-in-step-up.md).
 */
public interface PasswordAuthenticator {

	/**
	 * Who the attempt signs in, with the password hash the page session keeps to tell
	 * when the password changed ({@link PageSessionCheck}).
	 * @throws io.kaidian.platform.rules.UnauthenticatedException with
	 * {@code CREDENTIALS_INVALID} or {@code STEP_UP_REQUIRED}
	 * @throws io.kaidian.platform.rules.RateLimitedException when the client has failed
	 * too often
	 */
	KaidianUserDetails authenticate(SignInAttempt attempt);

}
