package io.kaidian.exam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How an attempt ended, as the seller sees it: the score and, when failed, the topics to
 * study and when to retake; never which answers were right.
 *
 * @param attemptId the attempt
 * @param outcome passed, failed or expired
 * @param score the score in percent
 * @param passed whether it passed
 * @param retakeAfter when a failed seller may try again
 * @param topicsToStudy the topics of the questions answered wrong or left out, when
 * failed
 */
public record AttemptResult(UUID attemptId, Attempt.Outcome outcome, int score, boolean passed,
		@Nullable Instant retakeAfter, List<Topic> topicsToStudy) {

	public AttemptResult {
		topicsToStudy = List.copyOf(topicsToStudy);
	}

}
