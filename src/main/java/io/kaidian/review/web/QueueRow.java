package io.kaidian.review.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewSubject;

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
 * @param company the company's name, when the case names one
 * @param subjectType the kind of subject, in the reader's language, when the case names
 * one
 * @param waiting how long it has waited since it was submitted, in the reader's language
 * @param queue the case's queue
 */
record QueueRow(UUID caseId, String memberId, int attempt, String submittedAt, String dueBy, CaseMarkers.Marker marker,
		CaseMarkers.Assignee assignee, long failedFlags, @Nullable String caseDueBy, @Nullable String company,
		@Nullable String subjectType, String waiting, String queue) {

	/**
	 * The case as {@code me} sees it in the queue at {@code now}, named in the reader's
	 * language.
	 */
	static QueueRow of(ReviewCase c, UUID me, Instant now, ReviewLabels labels, Locale locale) {
		return new QueueRow(c.id(), c.memberId(), c.attempt(), ReviewLabels.time(c.submittedAt()),
				ReviewLabels.time(c.nextDueBy()), CaseMarkers.marker(c, !now.isBefore(c.nextDueBy()), now),
				CaseMarkers.assignee(c, me), c.subject().flags().stream().filter((flag) -> !flag.passed()).count(),
				c.nextDueBy().equals(c.dueBy()) ? null : ReviewLabels.time(c.dueBy()), value(c, "companyName"),
				Optional.ofNullable(value(c, "subjectType"))
					.map((type) -> labels.label("review-subject-type.", type, locale))
					.orElse(null),
				labels.waiting(Duration.between(c.submittedAt(), now), locale), c.queue().name());
	}

	private static @Nullable String value(ReviewCase c, String field) {
		return c.subject()
			.summary()
			.stream()
			.filter((f) -> f.name().equals(field))
			.map(ReviewSubject.Field::value)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
