package io.kaidian.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection per email (ADR 0016). Failed passwords count per (email, client
 * address) and per email from every client (the row of client {@value #EVERY_CLIENT}).
 * After {@code max-failures} (10) from one client within {@code window} (12 h), that
 * client needs a code sent to the email, besides the password, for {@code lock-for} (15
 * min); after {@code max-failures-per-email} (20) from all clients, every client does. A
 * lock never refuses the owner, who receives the code. Counted per normalised email,
 * whether or not an account has it, so the answers do not tell which emails exist.
 * Failures are written in their own transaction: they stand even though the sign-in
 * fails.
 */
@Component
class SignInThrottle {

	/** The client of the row counting an email's failures from every client. */
	static final String EVERY_CLIENT = "*";

	private final JdbcClient jdbc;

	private final AccountProperties.SignIn settings;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.signIn();
		this.clock = clock;
	}

	/**
	 * Whether this client needs a code by email, besides the password, for this email.
	 */
	boolean stepUpRequired(String email, String client) {
		return this.jdbc
			.sql("SELECT count(*) FROM sign_in_attempt WHERE email_normalized = :email "
					+ "AND client IN (:client, :every) AND locked_until > :now")
			.param("email", email)
			.param("client", client)
			.param("every", EVERY_CLIENT)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email, String client) {
		count(email, client, this.settings.maxFailures());
		count(email, EVERY_CLIENT, this.settings.maxFailuresPerEmail());
	}

	/**
	 * Forgets this client's failures for the email. The count from every client stays:
	 * the owner signing in does not give an attacker elsewhere a fresh allowance.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String email, String client) {
		this.jdbc.sql("DELETE FROM sign_in_attempt WHERE email_normalized = :email AND client = :client")
			.param("email", email)
			.param("client", client)
			.update();
	}

	private void count(String email, String client, int maxFailures) {
		Instant now = this.clock.instant();
		int failures = this.jdbc
			.sql("INSERT INTO sign_in_attempt (email_normalized, client, failures, window_start) "
					+ "VALUES (:email, :client, 1, :now) ON CONFLICT (email_normalized, client) DO UPDATE SET "
					+ "failures = CASE WHEN sign_in_attempt.window_start <= :windowStart THEN 1 "
					+ "ELSE sign_in_attempt.failures + 1 END, "
					+ "window_start = CASE WHEN sign_in_attempt.window_start <= :windowStart THEN :now "
					+ "ELSE sign_in_attempt.window_start END RETURNING failures")
			.param("email", email)
			.param("client", client)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("windowStart", now.minus(this.settings.window()).atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (failures >= maxFailures) {
			this.jdbc
				.sql("UPDATE sign_in_attempt SET locked_until = :until, failures = 0, window_start = :now "
						+ "WHERE email_normalized = :email AND client = :client")
				.param("until", now.plus(this.settings.lockFor()).atOffset(ZoneOffset.UTC))
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("email", email)
				.param("client", client)
				.update();
		}
	}

}
