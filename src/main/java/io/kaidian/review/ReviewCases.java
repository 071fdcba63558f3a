package io.kaidian.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Review cases in {@code review_case}, each read with its items
 * ({@code review_case_item}) in the same statement. Hand-written SQL: the claim must skip
 * rows other claims hold ({@code FOR UPDATE SKIP LOCKED}) and the desk's HTTP path
 * answers from one statement per step (docs/benchmarks.md, "Review: claim and decide"). A
 * case is saved whole against the version it was read at (see ADR 0012, "Transitions in
 * the aggregate").
 */
@Repository
class ReviewCases {

	private static final String COLUMNS = "c.id, c.queue, c.subject_ref, c.seller_id, c.member_id, c.attempt, "
			+ "c.previous_case_id, c.status, c.outcome, c.subject::text AS subject, c.submitted_at, c.due_by, "
			+ "c.next_due_by, c.escalated_at, c.assignee, c.excluded_reviewer, c.decided_by, c.decided_at, "
			+ "c.reasons::text AS reasons, c.item_decisions::text AS item_decisions, c.version, "
			+ "(SELECT json_agg(json_build_object('ref', i.ref, 'dueBy', " + iso("i.due_by") + ", 'outcome', "
			+ "i.outcome, 'reasons', i.reasons, 'decidedBy', i.decided_by, 'decidedAt', " + iso("i.decided_at")
			+ ") ORDER BY i.position) FROM review_case_item i WHERE i.case_id = c.id)::text AS item_states";

	/** The other attempts of the case's subject, oldest first. */
	private static final String OTHER_ATTEMPTS = "(SELECT json_agg(json_build_object('id', o.id, 'attempt', "
			+ "o.attempt, 'outcome', o.outcome, 'reasons', o.reasons, 'decidedAt', " + iso("o.decided_at")
			+ ") ORDER BY o.attempt) FROM review_case o WHERE o.queue = c.queue AND o.subject_ref = c.subject_ref "
			+ "AND o.id <> c.id)::text AS other_attempts";

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private static final TypeReference<List<CaseDecided.ItemDecision>> ITEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<StoredItem>> ITEM_STATES = new TypeReference<>() {
	};

	private static final TypeReference<List<StoredAttempt>> ATTEMPTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReviewCases(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A case as one reader finds it, read in one statement.
	 *
	 * @param reviewCase the case with its items
	 * @param otherAttempts the other attempts of its subject
	 * @param reader where the reader stands: the queues assigned, a link to the seller
	 */
	record Found(ReviewCase reviewCase, List<CaseFile.Attempt> otherAttempts, ReviewerAccess.Reader reader) {
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

	/**
	 * The case with its other attempts, and where {@code reader} stands towards it.
	 */
	Optional<Found> find(UUID id, UUID reader) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", " + OTHER_ATTEMPTS + ", " + ReviewerAccess.QUEUES_OF_READER
					+ " AS reader_queues, " + ReviewerAccess.READER_LINKED_TO_SELLER
					+ " AS reader_linked FROM review_case c WHERE c.id = :id")
			.param("id", id)
			.param("reader", reader)
			.query((rs, row) -> new Found(map(rs, row), attempts(rs),
					new ReviewerAccess.Reader(Arrays.asList((String[]) rs.getArray("reader_queues").getArray()),
							rs.getBoolean("reader_linked"))))
			.optional();
	}

	Optional<ReviewCase> latestDecided(Queue queue, String subjectRef) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case c WHERE c.queue = :queue AND c.subject_ref = :ref "
					+ "AND c.status = 'DECIDED' ORDER BY c.attempt DESC LIMIT 1")
			.param("queue", queue.name())
			.param("ref", subjectRef)
			.query(this::map)
			.optional();
	}

	/**
	 * Open cases of a queue, the earliest next deadline first (R-APP-5); only the
	 * escalated ones when asked.
	 */
	List<ReviewCase> open(Queue queue, boolean escalatedOnly) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case c WHERE c.queue = :queue AND c.status = 'OPEN'"
					+ (escalatedOnly ? " AND c.escalated_at IS NOT NULL" : "")
					+ " ORDER BY c.next_due_by, c.due_by, c.submitted_at, c.id")
			.param("queue", queue.name())
			.query(this::map)
			.list();
	}

	/**
	 * Locks the unassigned case with the earliest next deadline the reviewer may work and
	 * assigns it to the reviewer, in one statement that also notes the reviewer as active
	 * on the queue. Concurrent claims skip each other's locked rows, so no two reviewers
	 * get the same case. The reviewer who rejected a case's previous attempt is passed
	 * over while another reviewer worked the queue within {@code availableWithin}; a
	 * reviewer restricted to other queues, or linked to the seller, gets nothing.
	 * @return the case as it was before the claim, with its other attempts
	 */
	Optional<Found> claimNext(Queue queue, UUID reviewer, Instant now, Duration availableWithin) {
		return this.jdbc
			.sql("WITH seen AS (" + ReviewerAccess.SEEN + "), others AS (" + ReviewerAccess.OTHERS_AVAILABLE + "), "
					+ "next AS (SELECT c.* FROM review_case c WHERE c.queue = :queue AND c.status = 'OPEN' "
					+ "AND c.assignee IS NULL AND NOT EXISTS (SELECT 1 FROM review_conflict x "
					+ "WHERE x.staff_id = :me AND x.member_id = c.member_id) "
					+ "AND (c.excluded_reviewer IS DISTINCT FROM :me OR NOT (SELECT available FROM others)) AND "
					+ ReviewerAccess.MAY_WORK_QUEUE
					+ " ORDER BY c.next_due_by, c.due_by, c.submitted_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED), "
					+ "claimed AS (UPDATE review_case SET assignee = :me, version = review_case.version + 1 FROM next "
					+ "WHERE review_case.id = next.id) SELECT " + COLUMNS + ", " + OTHER_ATTEMPTS + " FROM next c")
			.param("queue", queue.name())
			.param("me", reviewer)
			.param("now", at(now))
			.param("since", at(now.minus(availableWithin)))
			.query((rs, row) -> new Found(map(rs, row), attempts(rs), ReviewerAccess.Reader.ALLOWED))
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

	/**
	 * Saves a case read at {@code before}'s version as {@code after}: its state, and the
	 * items {@code after} decided. {@code false} when the case or one of the items
	 * changed meanwhile (the caller rolls back).
	 */
	boolean update(ReviewCase before, ReviewCase after) {
		Outcome outcome = after.outcome();
		int updated = this.jdbc
			.sql("UPDATE review_case SET status = :status, outcome = :outcome, decided_by = :decidedBy, "
					+ "decided_at = :decidedAt, reasons = CAST(:reasons AS JSONB), item_decisions = CAST(:items AS "
					+ "JSONB), next_due_by = :next, escalated_at = :escalatedAt, assignee = :assignee, "
					+ "version = :newVersion WHERE id = :id AND version = :version")
			.param("status", after.status().name())
			.param("outcome", outcome != null ? outcome.name() : null)
			.param("decidedBy", after.decidedBy())
			.param("decidedAt", at(after.decidedAt()))
			.param("reasons", this.json.writeValueAsString(after.reasons()))
			.param("items", this.json.writeValueAsString(after.items()))
			.param("next", at(after.nextDueBy()))
			.param("escalatedAt", at(after.escalatedAt()))
			.param("assignee", after.assignee())
			.param("newVersion", after.version())
			.param("id", after.id())
			.param("version", before.version())
			.update();
		if (updated != 1) {
			return false;
		}
		for (ReviewCase.Item item : after.itemStates()) {
			if (item.decided() && before.undecidedItems().stream().anyMatch((b) -> b.ref().equals(item.ref()))
					&& !decideItem(after.id(), item)) {
				return false;
			}
		}
		return true;
	}

	private boolean decideItem(UUID caseId, ReviewCase.Item item) {
		return this.jdbc
			.sql("UPDATE review_case_item SET outcome = :outcome, reasons = CAST(:reasons AS JSONB), "
					+ "decided_by = :by, decided_at = :at WHERE case_id = :id AND ref = :ref AND outcome IS NULL")
			.param("outcome", Objects.requireNonNull(item.outcome()).name())
			.param("reasons", this.json.writeValueAsString(item.reasons()))
			.param("by", item.decidedBy())
			.param("at", at(item.decidedAt()))
			.param("id", caseId)
			.param("ref", item.ref())
			.update() == 1;
	}

	/**
	 * Open cases past their next deadline (an undecided item's or their own) not yet
	 * escalated; locked so one instance escalates each.
	 */
	List<ReviewCase> overdue(Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM review_case c WHERE c.status = 'OPEN' AND c.escalated_at IS NULL "
					+ "AND c.next_due_by <= :now ORDER BY c.next_due_by FOR UPDATE SKIP LOCKED")
			.param("now", at(now))
			.query(this::map)
			.list();
	}

	private ReviewCase map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		String states = rs.getString("item_states");
		List<ReviewCase.Item> items = states == null ? List.of()
				: this.json.readValue(states, ITEM_STATES).stream().map(StoredItem::toItem).toList();
		return new ReviewCase(rs.getObject("id", UUID.class), Queue.valueOf(rs.getString("queue")),
				rs.getString("subject_ref"), rs.getObject("seller_id", UUID.class), rs.getString("member_id"),
				rs.getInt("attempt"), rs.getObject("previous_case_id", UUID.class),
				ReviewCase.Status.valueOf(rs.getString("status")), outcome != null ? Outcome.valueOf(outcome) : null,
				this.json.readValue(rs.getString("subject"), ReviewSubject.class),
				Objects.requireNonNull(instant(rs, "submitted_at")), Objects.requireNonNull(instant(rs, "due_by")),
				Objects.requireNonNull(instant(rs, "next_due_by")), instant(rs, "escalated_at"),
				rs.getObject("assignee", UUID.class), rs.getObject("excluded_reviewer", UUID.class),
				rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"),
				this.json.readValue(rs.getString("reasons"), REASONS),
				this.json.readValue(rs.getString("item_decisions"), ITEMS), items, rs.getLong("version"));
	}

	private List<CaseFile.Attempt> attempts(ResultSet rs) throws SQLException {
		String attempts = rs.getString("other_attempts");
		return attempts == null ? List.of()
				: this.json.readValue(attempts, ATTEMPTS).stream().map(StoredAttempt::toAttempt).toList();
	}

	/** A timestamp column as JSON text Java reads back exactly: UTC, microseconds. */
	private static String iso(String column) {
		return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant parsed(@Nullable String instant) {
		return instant != null ? Instant.parse(instant) : null;
	}

	/** An item as the case's statement returns it. */
	record StoredItem(String ref, String dueBy, @Nullable Outcome outcome, List<Reason> reasons,
			@Nullable UUID decidedBy, @Nullable String decidedAt) {

		ReviewCase.Item toItem() {
			return new ReviewCase.Item(this.ref, Instant.parse(this.dueBy), this.outcome,
					this.reasons != null ? this.reasons : List.of(), this.decidedBy, parsed(this.decidedAt));
		}

	}

	/** Another attempt as the case's statement returns it. */
	record StoredAttempt(UUID id, int attempt, @Nullable Outcome outcome, List<Reason> reasons,
			@Nullable String decidedAt) {

		CaseFile.Attempt toAttempt() {
			return new CaseFile.Attempt(this.id, this.attempt, this.outcome,
					this.reasons != null ? this.reasons : List.of(), parsed(this.decidedAt));
		}

	}

}
