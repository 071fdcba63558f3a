package io.kaidian.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One attempt of a case on a queue.
 *
 * @param id the case
 * @param queue its queue
 * @param subjectRef the owner's reference (e.g. the identity verification case)
 * @param sellerId the seller
 * @param memberId the seller's member ID
 * @param attempt 1 for the first submission, 2 for the first resubmission, …
 * @param previousCaseId the previous attempt, if any
 * @param status open, decided or withdrawn
 * @param outcome the decision, once decided
 * @param subject what the owner showed the reviewer
 * @param submittedAt when it entered the queue
 * @param dueBy when a decision is expected (working-day calendar)
 * @param escalatedAt when it passed its due time undecided
 * @param assignee the reviewer working it
 * @param excludedReviewer the reviewer who rejected the previous attempt
 * @param decidedBy who decided
 * @param decidedAt when
 * @param reasons the reasons of a rejection
 * @param items item-by-item outcomes
 * @param version the optimistic-lock version a decision must quote
 */
public record ReviewCase(UUID id, Queue queue, String subjectRef, UUID sellerId, String memberId, int attempt,
		@Nullable UUID previousCaseId, Status status, @Nullable Outcome outcome, ReviewSubject subject,
		Instant submittedAt, Instant dueBy, @Nullable Instant escalatedAt, @Nullable UUID assignee,
		@Nullable UUID excludedReviewer, @Nullable UUID decidedBy, @Nullable Instant decidedAt, List<Reason> reasons,
		List<CaseDecided.ItemDecision> items, long version) {

	/** Where a case stands. */
	public enum Status {

		/** waiting for, or being worked by, a reviewer */
		OPEN,

		/** decided; never reopened (a resubmission is a new case) */
		DECIDED,

		/** taken back by its owner before a decision */
		WITHDRAWN

	}

	boolean late(Instant now) {
		return this.status == Status.OPEN && !now.isBefore(this.dueBy);
	}

}
