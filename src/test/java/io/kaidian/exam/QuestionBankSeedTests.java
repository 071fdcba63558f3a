package io.kaidian.exam;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The seed question bank (R-EXAM-2; docs/guide/exam.md, "The seed"): whatever its size,
 * every question obeys the bank's rules, every topic has enough questions for the
 * configured spread, and it is loaded once, as version 1, into an empty bank.
 */
class QuestionBankSeedTests extends IntegrationTest {

	@Autowired
	private QuestionBankSeed seed;

	@Autowired
	private ExamProperties properties;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void R_EXAM_2_theSeedObeysTheBanksRulesAndCoversEveryTopicsShare() {
		List<QuestionBankSeed.Checked> questions = this.seed.read();
		Map<Topic, Integer> perTopic = new EnumMap<>(Topic.class);
		questions.forEach((q) -> perTopic.merge(q.content().topic(), 1, Integer::sum));
		Map<Topic, Integer> shares = QuestionDraw.shares(this.properties.questions(), this.properties.topicWeights(),
				perTopic, new SplittableRandom(1L));
		for (Topic topic : Topic.values()) {
			int weight = this.properties.topicWeights().getOrDefault(topic, 0);
			int total = this.properties.topicWeights().values().stream().mapToInt(Integer::intValue).sum();
			int largestShare = (int) Math.ceil((double) this.properties.questions() * weight / total);
			assertThat(perTopic.getOrDefault(topic, 0)).as(topic.name()).isGreaterThanOrEqualTo(largestShare);
		}
		assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(this.properties.questions());
	}

	@Test
	void R_EXAM_2_theSeedIsLoadedOnceAsVersionOneAndNotAgain() {
		int seeded = this.jdbc.sql("SELECT count(*) FROM exam_question WHERE seed_key IS NOT NULL")
			.query(Integer.class)
			.single();
		assertThat(seeded).isEqualTo(this.seed.read().size());
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM exam_question_version v JOIN exam_question q ON q.id = v.question_id "
					+ "WHERE q.seed_key IS NOT NULL AND v.version = 1 AND v.created_by = 'seed'")
			.query(Integer.class)
			.single()).isEqualTo(seeded);

		this.seed.run(null);
		assertThat(this.jdbc.sql("SELECT count(*) FROM exam_question WHERE seed_key IS NOT NULL")
			.query(Integer.class)
			.single()).isEqualTo(seeded);
	}

	@Test
	void R_EXAM_2_aSeedQuestionThatBreaksTheRulesStopsTheStartNamingIt() {
		QuestionBankSeed.SeedQuestion twoRight = new QuestionBankSeed.SeedQuestion("FEE-99", "FEES", List.of(),
				Map.of("en", "Which?", "zh-CN", "哪个？"),
				List.of(Map.of("en", "a", "zh-CN", "甲", "correct", true),
						Map.of("en", "b", "zh-CN", "乙", "correct", true),
						Map.of("en", "c", "zh-CN", "丙", "correct", false)));
		assertThatIllegalStateException().isThrownBy(() -> QuestionBankSeed.check(List.of(twoRight), 500))
			.withMessageContaining("FEE-99")
			.withMessageContaining("QUESTION_ONE_RIGHT_OPTION");
		assertThatIllegalStateException().isThrownBy(() -> QuestionBankSeed.check(List.of(twoRight, twoRight), 500))
			.withMessageContaining("FEE-99");
	}

}
