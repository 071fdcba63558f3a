package io.kaidian.exam;

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

/** The attempts and the questions each drew. */
@Repository
class Attempts {

	private static final TypeReference<List<AttemptQuestion.Shown>> SHOWN = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, seller_id, started_at, expires_at, closed_at, outcome, score, "
			+ "retake_after";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Attempts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Whether the seller's fees are paid, locking its eligibility so that its requests
	 * for an attempt are served one at a time.
	 */
	boolean lockEligible(UUID sellerId) {
		return this.jdbc.sql("SELECT seller_id FROM exam_eligibility WHERE seller_id = :seller FOR UPDATE")
			.param("seller", sellerId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/** Whether the seller's fees are paid. */
	boolean eligible(UUID sellerId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM exam_eligibility WHERE seller_id = :seller)")
			.param("seller", sellerId)
			.query(Boolean.class)
			.single();
	}

	/** The seller's passing attempt, if any. */
	Optional<Attempt> passed(UUID sellerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE seller_id = :seller AND outcome = 'PASSED' "
					+ "ORDER BY closed_at LIMIT 1")
			.param("seller", sellerId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	/** The seller's open attempt, expired or not. */
	Optional<Attempt> open(UUID sellerId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE seller_id = :seller AND closed_at IS NULL")
			.param("seller", sellerId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	/** One of the seller's attempts; another seller's is none. */
	Optional<Attempt> find(UUID sellerId, UUID attemptId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE id = :id AND seller_id = :seller")
			.param("id", attemptId)
			.param("seller", sellerId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	/** One of the seller's attempts, locked until the transaction ends. */
	Optional<Attempt> lock(UUID sellerId, UUID attemptId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE id = :id AND seller_id = :seller FOR UPDATE")
			.param("id", attemptId)
			.param("seller", sellerId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	/** The seller's last closed attempt. */
	Optional<Attempt> lastClosed(UUID sellerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exam_attempt WHERE seller_id = :seller AND closed_at IS NOT NULL "
					+ "ORDER BY closed_at DESC, started_at DESC LIMIT 1")
			.param("seller", sellerId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	/** How many of the seller's attempts failed (expired ones included). */
	int failures(UUID sellerId) {
		return this.jdbc
			.sql("SELECT count(*) FROM exam_attempt WHERE seller_id = :seller AND outcome IN ('FAILED', 'EXPIRED')")
			.param("seller", sellerId)
			.query(Integer.class)
			.single();
	}

	/** Starts an attempt with its questions. */
	void insert(Attempt attempt, List<AttemptQuestion> questions) {
		this.jdbc
			.sql("INSERT INTO exam_attempt (id, seller_id, started_at, expires_at) "
					+ "VALUES (:id, :seller, :started, :expires)")
			.param("id", attempt.id())
			.param("seller", attempt.sellerId())
			.param("started", utc(attempt.startedAt()))
			.param("expires", utc(attempt.expiresAt()))
			.update();
		for (AttemptQuestion question : questions) {
			this.jdbc
				.sql("INSERT INTO exam_attempt_question (attempt_id, position, question_id, version, option_order) "
						+ "VALUES (:attempt, :position, :question, :version, CAST(:options AS JSONB))")
				.param("attempt", attempt.id())
				.param("position", question.position())
				.param("question", question.questionId())
				.param("version", question.version())
				.param("options", this.json.writeValueAsString(question.options()))
				.update();
		}
	}

	/** The questions of an attempt, in the order shown. */
	List<AttemptQuestion> questions(UUID attemptId) {
		return this.jdbc
			.sql("SELECT position, question_id, version, option_order::text AS options, chosen_option, correct "
					+ "FROM exam_attempt_question WHERE attempt_id = :attempt ORDER BY position")
			.param("attempt", attemptId)
			.query((rs, row) -> new AttemptQuestion(rs.getInt("position"), rs.getObject("question_id", UUID.class),
					rs.getInt("version"), this.json.readValue(rs.getString("options"), SHOWN),
					rs.getObject("chosen_option", UUID.class), (Boolean) rs.getObject("correct")))
			.list();
	}

	/** Records the seller's choice for one question and whether it was right. */
	void answer(UUID attemptId, UUID questionId, @Nullable UUID chosen, boolean correct) {
		this.jdbc
			.sql("UPDATE exam_attempt_question SET chosen_option = :chosen, correct = :correct "
					+ "WHERE attempt_id = :attempt AND question_id = :question")
			.param("chosen", chosen)
			.param("correct", correct)
			.param("attempt", attemptId)
			.param("question", questionId)
			.update();
	}

	/** Closes an open attempt; a closed one stays as it is. */
	boolean close(UUID attemptId, Attempt.Outcome outcome, int score, Instant closedAt, @Nullable Instant retakeAfter) {
		return this.jdbc
			.sql("UPDATE exam_attempt SET closed_at = :closed, outcome = :outcome, score = :score, "
					+ "retake_after = :retake WHERE id = :id AND closed_at IS NULL")
			.param("closed", utc(closedAt))
			.param("outcome", outcome.name())
			.param("score", score)
			.param("retake", retakeAfter != null ? utc(retakeAfter) : null)
			.param("id", attemptId)
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	private static Attempt attempt(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Attempt(rs.getObject("id", UUID.class), rs.getObject("seller_id", UUID.class),
				instant(rs, "started_at"), instant(rs, "expires_at"), instant(rs, "closed_at"),
				outcome != null ? Attempt.Outcome.valueOf(outcome) : null, (Integer) rs.getObject("score"),
				instant(rs, "retake_after"));
	}

}
