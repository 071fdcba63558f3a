package io.kaidian.exam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators learn from the attempts (docs/guide/exam.md): for each question's
 * current version, how often it was answered, the share answered right and the wrong
 * option chosen most, so that a confusing question can be fixed; and the pass rate per
 * week (weeks from Monday, Beijing time).
 */
@Service
@Transactional(readOnly = true)
public class ExamStatistics {

	/** Weeks are counted in the marketplace's time, Beijing time. */
	static final ZoneId MARKETPLACE_TIME = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Questions questions;

	private final ExamProperties properties;

	private final Clock clock;

	ExamStatistics(JdbcClient jdbc, Questions questions, ExamProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.questions = questions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every question's current version with its figures, in topic order. */
	public List<QuestionFigures> questions() {
		Map<UUID, int[]> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT aq.question_id, count(*) AS answered, count(*) FILTER (WHERE aq.correct) AS answered_right "
					+ "FROM exam_attempt_question aq JOIN exam_question q ON q.id = aq.question_id "
					+ "AND q.current_version = aq.version WHERE aq.correct IS NOT NULL GROUP BY aq.question_id")
			.query((rs, row) -> Map.entry(rs.getObject("question_id", UUID.class),
					new int[] { rs.getInt("answered"), rs.getInt("answered_right") }))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		Map<UUID, UUID> mostChosenWrong = new HashMap<>();
		this.jdbc
			.sql("SELECT DISTINCT ON (aq.question_id) aq.question_id, aq.chosen_option FROM exam_attempt_question aq "
					+ "JOIN exam_question q ON q.id = aq.question_id AND q.current_version = aq.version "
					+ "WHERE aq.correct = FALSE AND aq.chosen_option IS NOT NULL "
					+ "GROUP BY aq.question_id, aq.chosen_option ORDER BY aq.question_id, count(*) DESC, "
					+ "aq.chosen_option")
			.query((rs, row) -> Map.entry(rs.getObject("question_id", UUID.class),
					rs.getObject("chosen_option", UUID.class)))
			.list()
			.forEach((entry) -> mostChosenWrong.put(entry.getKey(), entry.getValue()));
		return this.questions.current().stream().map((question) -> {
			int[] figures = counts.getOrDefault(question.id(), new int[] { 0, 0 });
			Optional<Question.Option> wrong = Optional.ofNullable(mostChosenWrong.get(question.id()))
				.flatMap(question::option);
			return new QuestionFigures(question, figures[0], figures[1], wrong.orElse(null));
		}).toList();
	}

	/** The pass rate of each of the last weeks that had closed attempts, latest first. */
	public List<Week> weeks() {
		LocalDate since = LocalDate.now(this.clock.withZone(MARKETPLACE_TIME))
			.minusWeeks(this.properties.statisticsWeeks());
		return this.jdbc
			.sql("SELECT date_trunc('week', closed_at AT TIME ZONE 'Asia/Shanghai')::date AS week, count(*) AS closed, "
					+ "count(*) FILTER (WHERE outcome = 'PASSED') AS passed FROM exam_attempt "
					+ "WHERE closed_at IS NOT NULL AND closed_at AT TIME ZONE 'Asia/Shanghai' >= :since "
					+ "GROUP BY 1 ORDER BY 1 DESC")
			.param("since", since.atStartOfDay())
			.query((rs, row) -> new Week(rs.getObject("week", LocalDate.class), rs.getInt("closed"),
					rs.getInt("passed")))
			.list();
	}

	/**
	 * A question's figures.
	 *
	 * @param question its current version
	 * @param answered how many attempts answered it
	 * @param answeredRight how many answered it right
	 * @param mostChosenWrong the wrong option chosen most, if any was
	 */
	public record QuestionFigures(Question question, int answered, int answeredRight,
			Question.@Nullable Option mostChosenWrong) {

		/** The share answered right, in percent, none before any answer. */
		public @Nullable Integer rightPercent() {
			return this.answered == 0 ? null : this.answeredRight * 100 / this.answered;
		}

	}

	/**
	 * A week's attempts.
	 *
	 * @param monday the week's Monday
	 * @param closed attempts answered or expired in it
	 * @param passed of which passed
	 */
	public record Week(LocalDate monday, int closed, int passed) {

		/** The pass rate in percent. */
		public int passPercent() {
			return this.closed == 0 ? 0 : this.passed * 100 / this.closed;
		}

	}

}
