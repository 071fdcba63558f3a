package io.kaidian.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the account module ({@code kaidian.account.*}).
 *
 * @param tokenLifetime how long a bearer token lives (API.md: 12 h)
 * @param passwordMinLength the shortest password accepted
 * @param bootstrapOperator the first operator, created at start-up when none exists
 * @param demo accounts the demo profile creates
 * @param verification verification codes (R-REG-8)
 * @param signIn brute-force protection of sign-in
 */
@ConfigurationProperties("kaidian.account")
record AccountProperties(Duration tokenLifetime, int passwordMinLength, Bootstrap bootstrapOperator, Demo demo,
		Verification verification, SignIn signIn) {

	/**
	 * Verification codes (R-REG-8).
	 *
	 * @param lifetime how long a code is valid (10 min)
	 * @param maxAttempts wrong tries after which a code is dead (5)
	 * @param resendAfter how long before another code may be sent to the same target (60
	 * s)
	 * @param maxSendsPerDay codes per target per day (10)
	 * @param hashKey base64 HMAC key for the stored code hashes; generated into the data
	 * directory when empty
	 */
	record Verification(Duration lifetime, int maxAttempts, Duration resendAfter, int maxSendsPerDay,
			@Nullable String hashKey) {
	}

	/**
	 * Brute-force protection of sign-in.
	 *
	 * @param maxFailures failed passwords within the window that lock the account (10)
	 * @param window how far back failures count (12 h)
	 * @param lockFor how long the account stays locked (15 min)
	 */
	record SignIn(int maxFailures, Duration window, Duration lockFor) {
	}

	/**
	 * From {@code KAIDIAN_BOOTSTRAP_OPERATOR_EMAIL} and
	 * {@code KAIDIAN_BOOTSTRAP_OPERATOR_PASSWORD}.
	 *
	 * @param email the operator's login
	 * @param password the operator's password
	 * @param name the operator's name
	 */
	record Bootstrap(@Nullable String email, @Nullable String password, String name) {
	}

	/**
	 * @param enabled whether the demo accounts are created (the {@code demo} profile)
	 * @param operatorEmail the demo operator's login
	 * @param operatorPassword the demo operator's password, printed in the log
	 * @param reviewerEmail the demo reviewer's login
	 * @param reviewerPassword the demo reviewer's password, printed in the log
	 */
	record Demo(boolean enabled, String operatorEmail, String operatorPassword, String reviewerEmail,
			String reviewerPassword) {
	}

}
