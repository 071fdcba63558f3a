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
 * @param clientLimits limits per client address (ADR 0016)
 */
@ConfigurationProperties("kaidian.account")
record AccountProperties(Duration tokenLifetime, int passwordMinLength, Bootstrap bootstrapOperator, Demo demo,
		Verification verification, SignIn signIn, ClientLimits clientLimits) {

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
	 * Brute-force protection of sign-in (ADR 0016). A locked email signs in with its
	 * password and a one-time code sent to it (step-up); nobody is refused outright.
	 *
	 * @param maxFailures failed passwords for one email from one client, within the
	 * window, after which that client needs a code for that email (10)
	 * @param maxFailuresPerEmail failed passwords for one email from all clients, within
	 * the window, after which every client needs a code for it (20)
	 * @param window how far back failures count (12 h)
	 * @param lockFor how long a code is needed once locked (15 min)
	 */
	record SignIn(int maxFailures, int maxFailuresPerEmail, Duration window, Duration lockFor) {
	}

	/**
	 * Limits per client address, across every target, email and account (ADR 0016).
	 *
	 * @param codeSendsPerHour verification codes asked for (20)
	 * @param registrationsPerDay accounts registered (10)
	 * @param signInFailuresPerHour failed sign-ins, whatever the email (50)
	 */
	record ClientLimits(int codeSendsPerHour, int registrationsPerDay, int signInFailuresPerHour) {
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
