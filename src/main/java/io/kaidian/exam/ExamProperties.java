package io.kaidian.exam;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exam ({@code kaidian.exam.*}, R-EXAM-2; docs/guide/exam.md).
 *
 * @param questions how many questions an attempt draws
 * @param topicWeights each topic's share of an attempt, in proportion to the sum
 * @param duration how long an attempt is open for answers
 * @param passPercent the score, in percent, that passes
 * @param coolDown the wait before a retake after the first failure
 * @param coolDownGrowth what each further failure multiplies the wait by
 * @param coolDownMax the longest wait
 * @param seed the question bank loaded as version 1 when the bank is empty
 * @param textMaxLength the longest question or option text, in characters
 * @param statisticsWeeks how many weeks the operators' pass rate goes back
 */
@ConfigurationProperties("kaidian.exam")
public record ExamProperties(int questions, Map<Topic, Integer> topicWeights, Duration duration, int passPercent,
		Duration coolDown, double coolDownGrowth, Duration coolDownMax, String seed, int textMaxLength,
		int statisticsWeeks) {

	public ExamProperties {
		topicWeights = Map.copyOf(topicWeights);
		if (questions < 1 || passPercent < 1 || passPercent > 100 || coolDownGrowth < 1) {
			throw new IllegalArgumentException(
					"kaidian.exam: questions >= 1, pass-percent 1..100, " + "cool-down-growth >= 1");
		}
		if (topicWeights.values().stream().anyMatch((weight) -> weight < 0)
				|| topicWeights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
			throw new IllegalArgumentException("kaidian.exam.topic-weights: none negative, some positive");
		}
	}

}
