package io.kaidian.exam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The draw of an attempt's questions (R-EXAM-2), in process and fast: the topic spread
 * over 1,000 draws, uniform choice within a topic, and what happens when a topic has too
 * few questions.
 */
class QuestionDrawTests {

	private static final int DRAWS = 1_000;

	/** The defaults of application.yml: 20 questions, weights summing to 20. */
	private static final Map<Topic, Integer> DEFAULT_WEIGHTS = weights(2, 3, 3, 2, 2, 2, 3, 3);

	@Test
	void R_EXAM_2_overAThousandDrawsEveryAttemptHasEachTopicsShareAndNoQuestionTwice() {
		List<Question> bank = bank(10);
		SplittableRandom random = new SplittableRandom(20261203L);
		Map<UUID, Integer> drawnTimes = new HashMap<>();
		for (int i = 0; i < DRAWS; i++) {
			List<Question> drawn = QuestionDraw.draw(20, DEFAULT_WEIGHTS, bank, random);
			assertThat(drawn).hasSize(20).doesNotHaveDuplicates();
			assertThat(spread(drawn)).isEqualTo(DEFAULT_WEIGHTS);
			drawn.forEach((q) -> drawnTimes.merge(q.id(), 1, Integer::sum));
		}
		// uniform within a topic: a topic of weight 3 out of 10 questions is drawn 3/10
		// of
		// the time; 1,000 draws keep each question within 0.3 ± 0.07 (about 5 sigma)
		for (Question question : bank) {
			double expected = DEFAULT_WEIGHTS.get(question.topic()) / 10.0;
			assertThat(drawnTimes.getOrDefault(question.id(), 0) / (double) DRAWS).as(question.topic().name())
				.isCloseTo(expected, within(0.07));
		}
	}

	@Test
	void R_EXAM_2_sharesThatDoNotDivideEvenlyAreRightOnAverageAndNeverOffByMoreThanOne() {
		Map<Topic, Integer> equal = weights(1, 1, 1, 1, 1, 1, 1, 1);
		SplittableRandom random = new SplittableRandom(7L);
		Map<Topic, Integer> total = new EnumMap<>(Topic.class);
		for (int i = 0; i < DRAWS; i++) {
			Map<Topic, Integer> spread = spread(QuestionDraw.draw(20, equal, bank(5), random));
			assertThat(spread.values()).allSatisfy((n) -> assertThat(n).isBetween(2, 3));
			assertThat(spread.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
			spread.forEach((topic, n) -> total.merge(topic, n, Integer::sum));
		}
		// 2.5 per topic on average: the extra questions go to every topic alike
		total.values().forEach((n) -> assertThat(n / (double) DRAWS).isCloseTo(2.5, within(0.1)));
	}

	@Test
	void R_EXAM_2_aTopicWithTooFewQuestionsGivesAllItHasAndTheOthersMakeUpTheRest() {
		List<Question> bank = new ArrayList<>(bank(4).stream().filter((q) -> q.topic() != Topic.GRADING).toList());
		bank.add(bank(1).stream().filter((q) -> q.topic() == Topic.GRADING).findFirst().orElseThrow());
		SplittableRandom random = new SplittableRandom(1L);
		for (int i = 0; i < DRAWS; i++) {
			Map<Topic, Integer> spread = spread(QuestionDraw.draw(20, DEFAULT_WEIGHTS, bank, random));
			assertThat(spread.get(Topic.GRADING)).isEqualTo(1);
			assertThat(spread.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
			spread.forEach((topic, n) -> {
				if (topic != Topic.GRADING) {
					assertThat(n).as(topic.name()).isBetween(DEFAULT_WEIGHTS.get(topic), 4);
				}
			});
		}
	}

	@Test
	void R_EXAM_2_aBankTooSmallGivesAShorterAttemptAndAWeightOfZeroIsNeverDrawn() {
		Map<Topic, Integer> noGrading = new EnumMap<>(DEFAULT_WEIGHTS);
		noGrading.put(Topic.GRADING, 0);
		List<Question> drawn = QuestionDraw.draw(20, noGrading, bank(2), new SplittableRandom(3L));
		assertThat(drawn).hasSize(14).noneMatch((q) -> q.topic() == Topic.GRADING);
		assertThat(QuestionDraw.draw(20, DEFAULT_WEIGHTS, List.of(), new SplittableRandom(3L))).isEmpty();
	}

	private static Map<Topic, Integer> spread(List<Question> drawn) {
		Map<Topic, Integer> spread = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			spread.put(topic, 0);
		}
		drawn.forEach((q) -> spread.merge(q.topic(), 1, Integer::sum));
		return spread;
	}

	private static Map<Topic, Integer> weights(int... weights) {
		Map<Topic, Integer> map = new EnumMap<>(Topic.class);
		for (Topic topic : Topic.values()) {
			map.put(topic, weights[topic.ordinal()]);
		}
		return map;
	}

	/** A bank of {@code perTopic} questions of every topic. */
	private static List<Question> bank(int perTopic) {
		List<Question> bank = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			for (int i = 0; i < perTopic; i++) {
				bank.add(new Question(UUID.randomUUID(), 1, topic, new Bilingual("Q", "问"),
						List.of(new Question.Option(UUID.randomUUID(), "a", "甲", true),
								new Question.Option(UUID.randomUUID(), "b", "乙", false),
								new Question.Option(UUID.randomUUID(), "c", "丙", false)),
						null, "test", Instant.EPOCH));
			}
		}
		return bank;
	}

}
