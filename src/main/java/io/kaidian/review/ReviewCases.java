package io.kaidian.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Review cases in {@code review_case}. */
@Repository
class ReviewCases {

	static final String COLUMNS = "id, queue, subject_ref, seller_id, member_id, attempt, previous_case_id, status, "
			+ "outcome, subject::text AS subject, submitted_at, due_by, escalated_at, assignee, excluded_reviewer, "
			+ "decided_by, decided_at, reasons::text AS reasons, item_decisions::text AS item_decisions, version";

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private static final TypeReference<List<CaseDecided.ItemDecision>> ITEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReviewCases(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(ReviewCase c) {
		this.jdbc
			.sql("INSERT INTO review_case (id, queue, subject_ref, seller_id, member_id, attempt, previous_case_id, "
					+ "status, subject, submitted_at, due_by, excluded_reviewer) VALUES (:id, :queue, :ref, :seller, "
					+ ":member, :attempt, :previous, 'OPEN', CAST(:subject AS JSONB), :submitted, :due, :excluded)")
			.param("id", c.id())
			.param("queue", c.queue().name())
			.param("ref", c.subjectRef())
			.param("seller", c.sellerId())
			.param("member", c.memberId())
			.param("attempt", c.attempt())
			.param("previous", c.previousCaseId())
			.param("subject", this.json.writeValueAsString(c.subject()))
			.param("submitted", at(c.submittedAt()))
			.param("due", at(c.dueBy()))
			.param("excluded", c.excludedReviewer())
			.update();
	}

	Optional<ReviewCase> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<ReviewCase> latestDecided(Queue queue, String subjectRef) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE queue = :queue AND subject_ref = :ref "
					+ "AND status = 'DECIDED' ORDER BY attempt DESC LIMIT 1")
			.param("queue", queue.name())
			.param("ref", subjectRef)
			.query(this::map)
			.optional();
	}

	/** Every attempt of the case's subject, oldest first. */
	List<ReviewCase> attempts(Queue queue, String subjectRef) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE queue = :queue AND subject_ref = :ref ORDER BY attempt")
			.param("queue", queue.name())
			.param("ref", subjectRef)
			.query(this::map)
			.list();
	}

	/** Open cases of a queue, oldest due first; only the escalated ones when asked. */
	List<ReviewCase> open(Queue queue, boolean escalatedOnly) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE queue = :queue AND status = 'OPEN'"
					+ (escalatedOnly ? " AND escalated_at IS NOT NULL" : "") + " ORDER BY due_by, submitted_at, id")
			.param("queue", queue.name())
			.query(this::map)
			.list();
	}

	/**
	 * Assigns the oldest-due unassigned case the reviewer may work to the reviewer.
	 * Concurrent claims skip each other's locked rows, so no two reviewers get the same
	 * case.
	 */
	Optional<UUID> claimNext(Queue queue, UUID reviewer, boolean othersAvailable, Instant now) {
		return this.jdbc
			.sql("WITH next AS (SELECT c.id FROM review_case c WHERE c.queue = :queue AND c.status = 'OPEN' "
					+ "AND c.assignee IS NULL AND NOT EXISTS (SELECT 1 FROM review_conflict x "
					+ "WHERE x.staff_id = :me AND x.member_id = c.member_id) "
					+ "AND (c.excluded_reviewer IS DISTINCT FROM :me OR NOT :others) "
					+ "ORDER BY c.due_by, c.submitted_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED) "
					+ "UPDATE review_case SET assignee = :me, version = version + 1 FROM next "
					+ "WHERE review_case.id = next.id RETURNING review_case.id")
			.param("queue", queue.name())
			.param("me", reviewer)
			.param("others", othersAvailable)
			.query(UUID.class)
			.optional();
	}

	boolean release(UUID id, UUID reviewer) {
		return this.jdbc
			.sql("UPDATE review_case SET assignee = NULL, version = version + 1 WHERE id = :id AND status = 'OPEN' "
					+ "AND assignee = :me")
			.param("id", id)
			.param("me", reviewer)
			.update() == 1;
	}

	/** Records the decision if nobody changed the case since {@code version}. */
	boolean decide(UUID id, long version, UUID reviewer, Outcome outcome, List<Reason> reasons,
			List<CaseDecided.ItemDecision> items, Instant now) {
		return this.jdbc
			.sql("UPDATE review_case SET status = 'DECIDED', outcome = :outcome, decided_by = :me, decided_at = :now, "
					+ "reasons = CAST(:reasons AS JSONB), item_decisions = CAST(:items AS JSONB), version = version + 1 "
					+ "WHERE id = :id AND version = :version AND status = 'OPEN' AND assignee = :me")
			.param("outcome", outcome.name())
			.param("me", reviewer)
			.param("now", at(now))
			.param("reasons", this.json.writeValueAsString(reasons))
			.param("items", this.json.writeValueAsString(items))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * Open cases past their due time not yet escalated; locked so one instance escalates
	 * each.
	 */
	List<ReviewCase> overdue(Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE status = 'OPEN' AND escalated_at IS NULL "
					+ "AND due_by <= :now ORDER BY due_by FOR UPDATE SKIP LOCKED")
			.param("now", at(now))
			.query(this::map)
			.list();
	}

	void escalate(UUID id, Instant now) {
		this.jdbc.sql("UPDATE review_case SET escalated_at = :now, version = version + 1 WHERE id = :id")
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	private ReviewCase map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new ReviewCase(rs.getObject("id", UUID.class), Queue.valueOf(rs.getString("queue")),
				rs.getString("subject_ref"), rs.getObject("seller_id", UUID.class), rs.getString("member_id"),
				rs.getInt("attempt"), rs.getObject("previous_case_id", UUID.class),
				ReviewCase.Status.valueOf(rs.getString("status")), outcome != null ? Outcome.valueOf(outcome) : null,
				this.json.readValue(rs.getString("subject"), ReviewSubject.class), instant(rs, "submitted_at"),
				instant(rs, "due_by"), instant(rs, "escalated_at"), rs.getObject("assignee", UUID.class),
				rs.getObject("excluded_reviewer", UUID.class), rs.getObject("decided_by", UUID.class),
				instant(rs, "decided_at"), this.json.readValue(rs.getString("reasons"), REASONS),
				this.json.readValue(rs.getString("item_decisions"), ITEMS), rs.getLong("version"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
