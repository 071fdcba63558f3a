package io.kaidian.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: after {@code max-failures} (10) wrong passwords for one email
 * within {@code window} (12 h), sign-in is refused for {@code lock-for} (15 min), even
 * with the right password. Counted per normalised email, whether or not an account has
 * it, so the answers do not tell which emails exist. Failures are written in their own
 * transaction: they stand even though the sign-in fails.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final AccountProperties.SignIn settings;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.signIn();
		this.clock = clock;
	}

	/** How long the email stays locked; empty when sign-in may be tried. */
	Optional<Duration> lockedFor(String email) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("SELECT locked_until FROM sign_in_attempt WHERE email_normalized = :email")
			.param("email", email)
			.query((rs, row) -> Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)))
			.optional()
			.flatMap((until) -> until)
			.map(OffsetDateTime::toInstant)
			.filter(now::isBefore)
			.map((until) -> Duration.between(now, until));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email) {
		Instant now = this.clock.instant();
		int failures = this.jdbc
			.sql("INSERT INTO sign_in_attempt (email_normalized, failures, window_start) VALUES (:email, 1, :now) "
					+ "ON CONFLICT (email_normalized) DO UPDATE SET "
					+ "failures = CASE WHEN sign_in_attempt.window_start <= :windowStart THEN 1 "
					+ "ELSE sign_in_attempt.failures + 1 END, "
					+ "window_start = CASE WHEN sign_in_attempt.window_start <= :windowStart THEN :now "
					+ "ELSE sign_in_attempt.window_start END RETURNING failures")
			.param("email", email)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("windowStart", now.minus(this.settings.window()).atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (failures >= this.settings.maxFailures()) {
			this.jdbc
				.sql("UPDATE sign_in_attempt SET locked_until = :until, failures = 0, window_start = :now "
						+ "WHERE email_normalized = :email")
				.param("until", now.plus(this.settings.lockFor()).atOffset(ZoneOffset.UTC))
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("email", email)
				.update();
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String email) {
		this.jdbc.sql("DELETE FROM sign_in_attempt WHERE email_normalized = :email").param("email", email).update();
	}

}
