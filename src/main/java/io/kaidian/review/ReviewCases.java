package io.kaidian.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
			+ "outcome, subject::text AS subject, submitted_at, due_by, next_due_by, escalated_at, assignee, excluded_reviewer, "
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

	/** Stores a new case and its items with their due times. */
	void add(ReviewCase c) {
		this.jdbc
			.sql("INSERT INTO review_case (id, queue, subject_ref, seller_id, member_id, attempt, previous_case_id, "
					+ "status, subject, submitted_at, due_by, next_due_by, excluded_reviewer) VALUES (:id, :queue, "
					+ ":ref, :seller, :member, :attempt, :previous, 'OPEN', CAST(:subject AS JSONB), :submitted, :due, "
					+ ":next, :excluded)")
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
			.param("next", at(c.nextDueBy()))
			.param("excluded", c.excludedReviewer())
			.update();
		for (int i = 0; i < c.itemStates().size(); i++) {
			ReviewCase.Item item = c.itemStates().get(i);
			this.jdbc.sql(
					"INSERT INTO review_case_item (case_id, ref, position, due_by) VALUES (:id, :ref, :position, :due)")
				.param("id", c.id())
				.param("ref", item.ref())
				.param("position", i)
				.param("due", at(item.dueBy()))
				.update();
		}
	}

	Optional<ReviewCase> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.map((c) -> withItems(List.of(c)).get(0));
	}

	Optional<ReviewCase> latestDecided(Queue queue, String subjectRef) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE queue = :queue AND subject_ref = :ref "
					+ "AND status = 'DECIDED' ORDER BY attempt DESC LIMIT 1")
			.param("queue", queue.name())
			.param("ref", subjectRef)
			.query(this::map)
			.optional()
			.map((c) -> withItems(List.of(c)).get(0));
	}

	/** Every attempt of the case's subject, oldest first. */
	List<ReviewCase> attempts(Queue queue, String subjectRef) {
		return withItems(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE queue = :queue AND subject_ref = :ref ORDER BY attempt")
			.param("queue", queue.name())
			.param("ref", subjectRef)
			.query(this::map)
			.list());
	}

	/**
	 * Open cases of a queue, the earliest next deadline first (R-APP-5); only the
	 * escalated ones when asked.
	 */
	List<ReviewCase> open(Queue queue, boolean escalatedOnly) {
		return withItems(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE queue = :queue AND status = 'OPEN'"
					+ (escalatedOnly ? " AND escalated_at IS NOT NULL" : "")
					+ " ORDER BY next_due_by, due_by, submitted_at, id")
			.param("queue", queue.name())
			.query(this::map)
			.list());
	}

	/**
	 * Assigns the unassigned case with the earliest next deadline the reviewer may work
	 * to the reviewer. Concurrent claims skip each other's locked rows, so no two
	 * reviewers get the same case.
	 */
	Optional<UUID> claimNext(Queue queue, UUID reviewer, boolean othersAvailable, Instant now) {
		return this.jdbc
			.sql("WITH next AS (SELECT c.id FROM review_case c WHERE c.queue = :queue AND c.status = 'OPEN' "
					+ "AND c.assignee IS NULL AND NOT EXISTS (SELECT 1 FROM review_conflict x "
					+ "WHERE x.staff_id = :me AND x.member_id = c.member_id) "
					+ "AND (c.excluded_reviewer IS DISTINCT FROM :me OR NOT :others) "
					+ "ORDER BY c.next_due_by, c.due_by, c.submitted_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED) "
					+ "UPDATE review_case SET assignee = :me, version = version + 1 FROM next "
					+ "WHERE review_case.id = next.id RETURNING review_case.id")
			.param("queue", queue.name())
			.param("me", reviewer)
			.param("others", othersAvailable)
			.query(UUID.class)
			.optional();
	}

	/** Replaces the flags of an open case's subject. */
	boolean reflag(UUID id, List<ReviewSubject.Flag> flags) {
		return this.jdbc
			.sql("UPDATE review_case SET subject = jsonb_set(subject, '{flags}', CAST(:flags AS JSONB)) "
					+ "WHERE id = :id AND status = 'OPEN'")
			.param("flags", this.json.writeValueAsString(flags))
			.param("id", id)
			.update() == 1;
	}

	boolean release(UUID id, UUID reviewer) {
		return this.jdbc
			.sql("UPDATE review_case SET assignee = NULL, version = version + 1 WHERE id = :id AND status = 'OPEN' "
					+ "AND assignee = :me")
			.param("id", id)
			.param("me", reviewer)
			.update() == 1;
	}

	/**
	 * Records a decision, of the whole case or of some of its items, if nobody changed
	 * the case since {@code version}: the items decided now get their outcome, the case
	 * its item decisions so far and its next deadline, and, once {@code outcome} is
	 * given, its outcome and reasons. Only items still undecided are written;
	 * {@code false} when the case or one of the items changed meanwhile (the caller rolls
	 * back).
	 */
	boolean decide(UUID id, long version, UUID reviewer, Recorded recorded, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE review_case SET status = CASE WHEN :decided THEN 'DECIDED' ELSE status END, "
					+ "outcome = :outcome, decided_by = CASE WHEN :decided THEN :me END, "
					+ "decided_at = CASE WHEN :decided THEN :now END, reasons = CAST(:reasons AS JSONB), "
					+ "item_decisions = CAST(:items AS JSONB), next_due_by = :next, version = version + 1 "
					+ "WHERE id = :id AND version = :version AND status = 'OPEN' AND assignee = :me")
			.param("decided", recorded.outcome() != null)
			.param("outcome", recorded.outcome() != null ? recorded.outcome().name() : null)
			.param("me", reviewer)
			.param("now", at(now))
			.param("reasons", this.json.writeValueAsString(recorded.reasons()))
			.param("items", this.json.writeValueAsString(recorded.items()))
			.param("next", at(recorded.nextDueBy()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated != 1) {
			return false;
		}
		for (CaseDecided.ItemDecision item : recorded.decidedNow()) {
			int decided = this.jdbc
				.sql("UPDATE review_case_item SET outcome = :outcome, reasons = CAST(:reasons AS JSONB), "
						+ "decided_by = :me, decided_at = :now WHERE case_id = :id AND ref = :ref AND outcome IS NULL")
				.param("outcome", item.outcome().name())
				.param("reasons", this.json.writeValueAsString(item.reasons()))
				.param("me", reviewer)
				.param("now", at(now))
				.param("id", id)
				.param("ref", item.ref())
				.update();
			if (decided != 1) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What a decision writes.
	 *
	 * @param outcome the case's outcome once every item is decided (or the whole case
	 * is); {@code null} while items remain
	 * @param reasons the case's reasons so far
	 * @param items the item decisions so far, in the subject's order
	 * @param decidedNow the items this decision decides
	 * @param nextDueBy the case's next deadline after it
	 */
	record Recorded(@Nullable Outcome outcome, List<Reason> reasons, List<CaseDecided.ItemDecision> items,
			List<CaseDecided.ItemDecision> decidedNow, Instant nextDueBy) {
	}

	/**
	 * Open cases past their next deadline (an undecided item's or their own) not yet
	 * escalated; locked so one instance escalates each.
	 */
	List<ReviewCase> overdue(Instant now) {
		return withItems(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case WHERE status = 'OPEN' AND escalated_at IS NULL "
					+ "AND next_due_by <= :now ORDER BY next_due_by FOR UPDATE SKIP LOCKED")
			.param("now", at(now))
			.query(this::map)
			.list());
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
				instant(rs, "due_by"), instant(rs, "next_due_by"), instant(rs, "escalated_at"),
				rs.getObject("assignee", UUID.class), rs.getObject("excluded_reviewer", UUID.class),
				rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"),
				this.json.readValue(rs.getString("reasons"), REASONS),
				this.json.readValue(rs.getString("item_decisions"), ITEMS), List.of(), rs.getLong("version"));
	}

	/** The cases with their items' states, read in one query. */
	private List<ReviewCase> withItems(List<ReviewCase> cases) {
		if (cases.isEmpty()) {
			return cases;
		}
		Map<UUID, List<ReviewCase.Item>> items = new LinkedHashMap<>();
		Collection<UUID> ids = cases.stream().map(ReviewCase::id).toList();
		this.jdbc
			.sql("SELECT case_id, ref, due_by, outcome, reasons::text AS reasons, decided_by, decided_at "
					+ "FROM review_case_item WHERE case_id IN (:ids) ORDER BY case_id, position")
			.param("ids", ids)
			.query((rs) -> {
				String outcome = rs.getString("outcome");
				items.computeIfAbsent(rs.getObject("case_id", UUID.class), (key) -> new ArrayList<>())
					.add(new ReviewCase.Item(rs.getString("ref"), instant(rs, "due_by"),
							outcome != null ? Outcome.valueOf(outcome) : null,
							this.json.readValue(rs.getString("reasons"), REASONS),
							rs.getObject("decided_by", UUID.class), instant(rs, "decided_at")));
			});
		return cases.stream().map((c) -> c.withItemStates(items.getOrDefault(c.id(), List.of()))).toList();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
