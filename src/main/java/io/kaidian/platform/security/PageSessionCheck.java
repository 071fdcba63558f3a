package io.kaidian.platform.security;

/**
 * The port through which the security wiring asks whether a page session still stands.
 * The {@code account} module, which changes passwords and closes accounts, implements it.
 */
public interface PageSessionCheck {

	/**
	 * Whether the session signed in as these details still stands: the account is live
	 * and its password is the one the session signed in with (a password reset ends every
	 * session of the account).
	 */
	boolean stands(KaidianUserDetails details);

}
