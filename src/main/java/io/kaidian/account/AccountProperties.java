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
 */
@ConfigurationProperties("kaidian.account")
record AccountProperties(Duration tokenLifetime, int passwordMinLength, Bootstrap bootstrapOperator, Demo demo) {

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
