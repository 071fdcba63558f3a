package io.kaidian.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in failure counts stay while they can still lock (their 12-hour window, or a lock
 * not yet over: ADR 0016) and go after; verification codes (R-REG-8) stay a week past
 * their expiry and go after.
 */
class AccountHousekeepingTests extends IntegrationTest {

	@Autowired
	private AccountHousekeeping housekeeping;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void signInCountsGoOnceTheirWindowAndLockArePast() {
		Instant now = this.clock.instant();
		String stale = attempt(now.minus(Duration.ofHours(13)), null);
		String counting = attempt(now.minus(Duration.ofHours(11)), null);
		String locked = attempt(now.minus(Duration.ofHours(13)), now.plus(Duration.ofMinutes(5)));

		this.housekeeping.purge();

		assertThat(attemptExists(stale)).isFalse();
		assertThat(attemptExists(counting)).isTrue();
		assertThat(attemptExists(locked)).isTrue();

		this.clock.add(Duration.ofHours(2));
		this.housekeeping.purge();
		assertThat(attemptExists(counting)).isFalse();
		assertThat(attemptExists(locked)).isFalse();
	}

	@Test
	void R_REG_8_verificationCodesGoAWeekAfterTheyExpire() {
		Instant now = this.clock.instant();
		UUID old = code(now.minus(Duration.ofDays(8)));
		UUID lastWeek = code(now.minus(Duration.ofDays(6)));
		UUID live = code(now.plus(Duration.ofMinutes(5)));

		this.housekeeping.purge();

		assertThat(codeExists(old)).isFalse();
		assertThat(codeExists(lastWeek)).isTrue();
		assertThat(codeExists(live)).isTrue();
	}

	private String attempt(Instant windowStart, Instant lockedUntil) {
		String email = "housekeeping-" + UUID.randomUUID() + "@kaidian.test";
		this.jdbc
			.sql("INSERT INTO sign_in_attempt (email_normalized, client, failures, window_start, locked_until) "
					+ "VALUES (:email, '203.0.113.9', 3, :start, :until)")
			.param("email", email)
			.param("start", windowStart.atOffset(ZoneOffset.UTC))
			.param("until", lockedUntil != null ? lockedUntil.atOffset(ZoneOffset.UTC) : null,
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		return email;
	}

	private UUID code(Instant expiresAt) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO verification_code (id, channel, target, purpose, code_hash, created_at, expires_at) "
					+ "VALUES (:id, 'EMAIL', :target, 'REGISTER', :hash, :created, :expires)")
			.param("id", id)
			.param("target", "housekeeping-" + id + "@kaidian.test")
			.param("hash", new byte[32])
			.param("created", expiresAt.minus(Duration.ofMinutes(10)).atOffset(ZoneOffset.UTC))
			.param("expires", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private boolean attemptExists(String email) {
		return this.jdbc.sql("SELECT count(*) FROM sign_in_attempt WHERE email_normalized = :email")
			.param("email", email)
			.query(Integer.class)
			.single() > 0;
	}

	private boolean codeExists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM verification_code WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

}
