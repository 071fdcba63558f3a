package io.kaidian.platform.security;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One try at signing in with a password, from the API or a page form.
 *
 * @param email the login as typed
 * @param password the password as typed
 * @param code the one-time code sent by email, when the email asks for one (step-up);
 * {@code null} otherwise
 * @param client the client's address (platform.web.ClientAddress)
 * @param locale the language of the email carrying a code
 */
public record SignInAttempt(String email, String password, @Nullable String code, String client, Locale locale) {

	@Override
	public String toString() {
		return "SignInAttempt[client=" + this.client + "]";
	}

}
