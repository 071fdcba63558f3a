package io.kaidian.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the account module's rows that no longer guard anything: sign-in failure counts
 * whose window has passed and whose lock (if any) has ended (ADR 0016), and verification
 * codes expired longer ago than {@code codes-kept-for} (R-REG-8). Without it both tables
 * grow with every sign-in attempt and every code sent.
 */
@Component
class AccountHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

	private final JdbcClient jdbc;

	private final AccountHousekeepingProperties properties;

	private final AccountProperties.SignIn signIn;

	private final Clock clock;

	AccountHousekeeping(JdbcClient jdbc, AccountHousekeepingProperties properties, AccountProperties account,
			Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.signIn = account.signIn();
		this.clock = clock;
	}

	/** Removes the stale rows, a batch at a time; how many went. */
	int purge() {
		Instant now = this.clock.instant();
		int attempts = inBatches("DELETE FROM sign_in_attempt WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
				+ "sign_in_attempt WHERE window_start <= :cutoff AND (locked_until IS NULL OR locked_until "
				+ "<= :now) LIMIT :batch))", now.minus(this.signIn.window()), now);
		int codes = inBatches("DELETE FROM verification_code WHERE id IN (SELECT id FROM verification_code "
				+ "WHERE expires_at <= :cutoff LIMIT :batch)", now.minus(this.properties.codesKeptFor()), now);
		if (attempts + codes > 0) {
			log.info("Removed {} stale sign-in failure counts and {} expired verification codes", attempts, codes);
		}
		return attempts + codes;
	}

	private int inBatches(String sql, Instant cutoff, Instant now) {
		int total = 0;
		int removed;
		do {
			removed = this.jdbc.sql(sql)
				.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("batch", this.properties.batchSize())
				.update();
			total += removed;
		}
		while (removed == this.properties.batchSize());
		return total;
	}

}
