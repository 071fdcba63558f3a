package io.kaidian.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table of idempotency keys ({@code api_idempotency_key}, ADR 0015). Every method is
 * one statement, run outside any other transaction, so each commits at once: the insert
 * that decides a race is visible to the racing requests before the handler runs.
 */
class IdempotencyKeys {

	static final String PURGE_TASK = "purge-expired-idempotency-keys";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdempotencyProperties properties;

	IdempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Claims the key for a request with this fingerprint: the first request (or the first
	 * retry after the key expired or was abandoned) owns it and runs; the others learn
	 * what to answer.
	 */
	Claim claim(String scope, String key, String fingerprint) {
		// a row may vanish between the insert and the read (a failed request releases
		// it, the purge deletes it): then the insert is tried again
		for (int round = 0; round < 5; round++) {
			Instant now = now();
			UUID attempt = UUID.randomUUID();
			int inserted = this.jdbc.sql("""
					INSERT INTO api_idempotency_key (scope, key, fingerprint, state, attempt, created_at)
					VALUES (:scope, :key, :fingerprint, 'IN_PROGRESS', :attempt, :now)
					ON CONFLICT DO NOTHING""")
				.param("scope", scope)
				.param("key", key)
				.param("fingerprint", fingerprint)
				.param("attempt", attempt)
				.param("now", at(now))
				.update();
			if (inserted == 1) {
				return new Claim.Owned(attempt);
			}
			Optional<Row> found = find(scope, key);
			if (found.isEmpty()) {
				continue;
			}
			Row row = found.get();
			if (!row.createdAt().isAfter(now.minus(this.properties.retention()))) {
				// expired but not yet purged: a new key
				if (takeOver(row, fingerprint, attempt, now)) {
					return new Claim.Owned(attempt);
				}
				continue;
			}
			if (!row.fingerprint().equals(fingerprint)) {
				return new Claim.Reused();
			}
			if (row.state().equals("COMPLETED")) {
				return new Claim.Completed(row);
			}
			Instant abandonedAt = row.createdAt().plus(this.properties.inProgressTimeout());
			if (now.isBefore(abandonedAt)) {
				return new Claim.InProgress();
			}
			// abandoned by a process that died midway: one retry takes it over
			return takeOver(row, fingerprint, attempt, now) ? new Claim.Owned(attempt) : new Claim.InProgress();
		}
		return new Claim.InProgress();
	}

	/** Keeps the answer of the request that owns the key. */
	boolean complete(String scope, String key, UUID attempt, int status, @Nullable String contentType,
			@Nullable String location, byte[] body) {
		return this.jdbc.sql("""
				UPDATE api_idempotency_key
				SET state = 'COMPLETED', status = :status, content_type = :contentType, location = :location,
				    body = :body, completed_at = :now
				WHERE scope = :scope AND key = :key AND attempt = :attempt AND state = 'IN_PROGRESS'""")
			.param("status", status)
			.param("contentType", contentType)
			.param("location", location)
			.param("body", body)
			.param("now", at(now()))
			.param("scope", scope)
			.param("key", key)
			.param("attempt", attempt)
			.update() == 1;
	}

	/**
	 * Forgets the key, so a retry runs the request again (it failed, or answered 5xx).
	 */
	void release(String scope, String key, UUID attempt) {
		this.jdbc.sql("DELETE FROM api_idempotency_key WHERE scope = :scope AND key = :key AND attempt = :attempt")
			.param("scope", scope)
			.param("key", key)
			.param("attempt", attempt)
			.update();
	}

	/** Deletes the keys older than the retention; returns how many. */
	int purgeExpired() {
		return this.jdbc.sql("DELETE FROM api_idempotency_key WHERE created_at <= :cutoff")
			.param("cutoff", at(now().minus(this.properties.retention())))
			.update();
	}

	/** How long a request that finds its key in progress should wait. */
	Duration retryAfter() {
		return Duration.ofSeconds(1);
	}

	private boolean takeOver(Row row, String fingerprint, UUID attempt, Instant now) {
		return this.jdbc.sql("""
				UPDATE api_idempotency_key
				SET fingerprint = :fingerprint, state = 'IN_PROGRESS', attempt = :attempt, status = NULL,
				    content_type = NULL, location = NULL, body = NULL, created_at = :now, completed_at = NULL
				WHERE scope = :scope AND key = :key AND attempt = :seen""")
			.param("fingerprint", fingerprint)
			.param("attempt", attempt)
			.param("now", at(now))
			.param("scope", row.scope())
			.param("key", row.key())
			.param("seen", row.attempt())
			.update() == 1;
	}

	private Optional<Row> find(String scope, String key) {
		return this.jdbc.sql("""
				SELECT scope, key, fingerprint, state, attempt, status, content_type, location, body, created_at
				FROM api_idempotency_key WHERE scope = :scope AND key = :key""")
			.param("scope", scope)
			.param("key", key)
			.query((rs, n) -> new Row(rs.getString("scope"), rs.getString("key"), rs.getString("fingerprint"),
					rs.getString("state"), rs.getObject("attempt", UUID.class), rs.getInt("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getBytes("body"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private Instant now() {
		// the database keeps microseconds
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** What a request finds when it claims its key. */
	sealed interface Claim {

		/** The request runs; {@code attempt} identifies it in the row. */
		record Owned(UUID attempt) implements Claim {
		}

		/** The key was used with another request. */
		record Reused() implements Claim {
		}

		/** The first request with this key is still running. */
		record InProgress() implements Claim {
		}

		/** The first request completed: its answer is replayed. */
		record Completed(Row row) implements Claim {
		}

	}

	record Row(String scope, String key, String fingerprint, String state, UUID attempt, int status,
			@Nullable String contentType, @Nullable String location, byte @Nullable [] body, Instant createdAt) {
	}

	/**
	 * @param retention how long a key is kept; a key older than this is new again
	 * @param inProgressTimeout how long a request may run before a retry with its key
	 * takes over, the first being thought dead
	 * @param purgeEvery how often expired keys are deleted
	 * @param fingerprintKeyset Tink PRF keyset (JSON) keying the requests' fingerprints,
	 * so a stored fingerprint reveals nothing of a body (passwords, ID numbers)
	 * @param fingerprintKeysetFile or a file holding it
	 */
	@ConfigurationProperties("kaidian.api.idempotency")
	record IdempotencyProperties(Duration retention, Duration inProgressTimeout, Duration purgeEvery,
			@Nullable String fingerprintKeyset, @Nullable String fingerprintKeysetFile) {
	}

}
