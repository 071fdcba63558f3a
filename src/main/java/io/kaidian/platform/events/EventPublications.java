package io.kaidian.platform.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * What operators see of the event publication registry: the publications whose listener
 * failed, with the last error, and the resubmission of one after a fix. A publication
 * tried {@code kaidian.events.retry.max-attempts} times is {@link State#FAILED}: the
 * retry task leaves it alone until an operator resubmits it.
 */
@Service
public class EventPublications {

	private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

	private static final String SELECT = "SELECT p.id, p.event_type, p.listener_id, p.publication_date, "
			+ "p.completion_attempts, p.last_resubmission_date, f.error, f.failed_at FROM event_publication p "
			+ "LEFT JOIN event_publication_failure f ON f.publication_id = p.id ";

	private static final String FAILED = "p.completion_date IS NULL AND p.status = 'FAILED' ";

	private final JdbcClient jdbc;

	private final IncompleteEventPublications incomplete;

	private final EventRetryProperties properties;

	EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete, EventRetryProperties properties) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
		this.properties = properties;
	}

	/** The publications in that state, oldest first. */
	public List<Failed> list(State state) {
		return this.jdbc
			.sql(SELECT + "WHERE " + FAILED + "AND p.completion_attempts " + comparison(state)
					+ " :max ORDER BY p.publication_date, p.id")
			.param("max", this.properties.maxAttempts())
			.query(this::map)
			.list();
	}

	/** How many publications are in that state. */
	public long count(State state) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication p WHERE " + FAILED + "AND p.completion_attempts "
					+ comparison(state) + " :max")
			.param("max", this.properties.maxAttempts())
			.query(Long.class)
			.single();
	}

	/**
	 * Hands a failed publication to its listener once more, after a fix: {@code 404} for
	 * an unknown one, {@code 409 EVENT_PUBLICATION_NOT_FAILED} for one that completed or
	 * is still being retried. If the listener fails again, the publication is failed
	 * again.
	 */
	public void resubmit(UUID id, UUID operator) {
		Failed publication = find(id).orElseThrow(() -> new NotFoundException("EVENT_PUBLICATION_NOT_FOUND"));
		if (publication.attempts() < this.properties.maxAttempts()) {
			throw new ConflictException("EVENT_PUBLICATION_NOT_FAILED");
		}
		log.info("Operator {} resubmits event publication {} ({} to {})", operator, id, publication.event(),
				publication.listener());
		this.incomplete.resubmitIncompletePublications((candidate) -> candidate.getIdentifier().equals(id));
	}

	private Optional<Failed> find(UUID id) {
		return this.jdbc.sql(SELECT + "WHERE " + FAILED + "AND p.id = :id").param("id", id).query(this::map).optional();
	}

	private static String comparison(State state) {
		return state == State.FAILED ? ">=" : "<";
	}

	private Failed map(ResultSet rs, int row) throws SQLException {
		return new Failed(rs.getObject("id", UUID.class), shortName(rs.getString("event_type")),
				shortName(rs.getString("listener_id")), instant(rs, "publication_date"),
				rs.getInt("completion_attempts"), instantOrNull(rs, "last_resubmission_date"), rs.getString("error"),
				instantOrNull(rs, "failed_at"));
	}

	/**
	 * {@code io.kaidian.review.CaseDecided} → {@code CaseDecided}, in a listener's id
	 * too.
	 */
	static String shortName(String name) {
		return name.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "");
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	/** Which failed publications to list. */
	public enum State {

		/** Tried as often as allowed; left for an operator. */
		FAILED,

		/** Failed, and the retry task will try again. */
		RETRYING;

		/** {@code failed} or {@code retrying}, in any case; {@code 422} otherwise. */
		public static State of(String value) {
			for (State state : values()) {
				if (state.name().equals(value.toUpperCase(Locale.ROOT))) {
					return state;
				}
			}
			throw RuleViolationException.of("state", "UNKNOWN_STATE", value);
		}

	}

	/**
	 * A failed publication as {@code GET /api/v1/admin/event-publications} shows it.
	 *
	 * @param id the publication
	 * @param event the event's type
	 * @param listener the listener that failed
	 * @param publishedAt when the event was published
	 * @param attempts how many times the listener was tried
	 * @param lastResubmittedAt when it was last handed out again
	 * @param lastError the listener's last error; {@code null} when it failed before this
	 * was recorded
	 * @param lastFailedAt when it last failed
	 */
	public record Failed(UUID id, String event, String listener, Instant publishedAt, int attempts,
			@Nullable Instant lastResubmittedAt, @Nullable String lastError, @Nullable Instant lastFailedAt) {
	}

}
