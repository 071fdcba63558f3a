package io.kaidian.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * The question bank: questions and their versions, appended, never changed (ADR 0026).
 */
@Repository
class Questions {

	private static final TypeReference<List<Question.Option>> OPTIONS = new TypeReference<>() {
	};

	private static final String COLUMNS = "v.question_id, v.version, v.topic, v.text_en, v.text_zh, "
			+ "v.options::text AS options, q.seed_key, v.created_by, v.created_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Questions(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Whether the bank has no question at all. */
	boolean empty() {
		return this.jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM exam_question)").query(Boolean.class).single();
	}

	/** The current version of every question, in topic order, the seed's first. */
	List<Question> current() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exam_question q JOIN exam_question_version v "
					+ "ON v.question_id = q.id AND v.version = q.current_version "
					+ "ORDER BY q.seed_key NULLS LAST, q.created_at, q.id")
			.query((rs, row) -> question(rs))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Question::topic))
			.toList();
	}

	/** The current version of one question. */
	Optional<Question> current(UUID questionId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exam_question q JOIN exam_question_version v "
					+ "ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = :id")
			.param("id", questionId)
			.query((rs, row) -> question(rs))
			.optional();
	}

	/** These versions of questions, by question and version. */
	Map<Version, Question> versions(Collection<Version> wanted) {
		Map<Version, Question> found = new LinkedHashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exam_question_version v JOIN exam_question q ON q.id = v.question_id "
					+ "WHERE v.question_id IN (:ids)")
			.param("ids", wanted.stream().map(Version::questionId).distinct().toList())
			.query((rs, row) -> question(rs))
			.list()
			.stream()
			.filter((question) -> wanted.contains(new Version(question.id(), question.version())))
			.forEach((question) -> found.put(new Version(question.id(), question.version()), question));
		return found;
	}

	/** Adds a question as its version 1; a seed key already there adds nothing. */
	boolean add(UUID questionId, @Nullable String seedKey, QuestionRules.Content content, String createdBy) {
		int added = this.jdbc
			.sql("INSERT INTO exam_question (id, seed_key, current_version, created_at) "
					+ "VALUES (:id, :key, 1, :at) ON CONFLICT DO NOTHING")
			.param("id", questionId)
			.param("key", seedKey)
			.param("at", now())
			.update();
		if (added == 0) {
			return false;
		}
		insertVersion(questionId, 1, content, createdBy);
		return true;
	}

	/**
	 * Appends a version to a question, serialised on the question's row; empty if there
	 * is no such question.
	 */
	Optional<Integer> addVersion(UUID questionId, QuestionRules.Content content, String createdBy) {
		Optional<Integer> version = this.jdbc
			.sql("UPDATE exam_question SET current_version = current_version + 1 WHERE id = :id "
					+ "RETURNING current_version")
			.param("id", questionId)
			.query(Integer.class)
			.optional();
		version.ifPresent((number) -> insertVersion(questionId, number, content, createdBy));
		return version;
	}

	private void insertVersion(UUID questionId, int version, QuestionRules.Content content, String createdBy) {
		this.jdbc
			.sql("INSERT INTO exam_question_version (question_id, version, topic, text_en, text_zh, options, "
					+ "created_by, created_at) VALUES (:id, :version, :topic, :en, :zh, CAST(:options AS JSONB), "
					+ ":by, :at)")
			.param("id", questionId)
			.param("version", version)
			.param("topic", content.topic().name())
			.param("en", content.text().en())
			.param("zh", content.text().zh())
			.param("options", this.json.writeValueAsString(content.options()))
			.param("by", createdBy)
			.param("at", now())
			.update();
	}

	private Question question(ResultSet rs) throws SQLException {
		return new Question(rs.getObject("question_id", UUID.class), rs.getInt("version"),
				Topic.valueOf(rs.getString("topic")), new Bilingual(rs.getString("text_en"), rs.getString("text_zh")),
				this.json.readValue(rs.getString("options"), OPTIONS), rs.getString("seed_key"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	/**
	 * One version of one question.
	 *
	 * @param questionId the question
	 * @param version its version
	 */
	record Version(UUID questionId, int version) {
	}

}
