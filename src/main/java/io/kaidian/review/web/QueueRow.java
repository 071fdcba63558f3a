package io.kaidian.review.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.review.ReviewCase;

/**
 * A line of the queue.
 *
 * @param caseId the case
 * @param memberId the seller
 * @param attempt which attempt
 * @param submittedAt when it entered the queue (Beijing time)
 * @param dueBy the next deadline (Beijing time): the earliest due time among the
 * undecided items, or the case's
 * @param marker late, due today or on time
 * @param assignee you, someone or nobody
 * @param failedFlags how many automated checks failed
 * @param caseDueBy the whole case's due time when an item is due earlier (Beijing time),
 * {@code null} otherwise
 */
record QueueRow(UUID caseId, String memberId, int attempt, String submittedAt, String dueBy, CaseMarkers.Marker marker,
		CaseMarkers.Assignee assignee, long failedFlags, @Nullable String caseDueBy) {

	/** The case as {@code me} sees it in the queue at {@code now}. */
	static QueueRow of(ReviewCase c, UUID me, Instant now) {
		return new QueueRow(c.id(), c.memberId(), c.attempt(), ReviewLabels.time(c.submittedAt()),
				ReviewLabels.time(c.nextDueBy()), CaseMarkers.marker(c, !now.isBefore(c.nextDueBy()), now),
				CaseMarkers.assignee(c, me), c.subject().flags().stream().filter((flag) -> !flag.passed()).count(),
				c.nextDueBy().equals(c.dueBy()) ? null : ReviewLabels.time(c.dueBy()));
	}

}
