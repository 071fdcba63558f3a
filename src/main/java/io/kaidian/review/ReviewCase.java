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
 * @param dueBy when a decision of the whole case is expected (working-day calendar)
 * @param nextDueBy the case's next deadline: the earliest due time among its undecided
 * items, or {@code dueBy} (R-APP-5: a brand is due before the whole application)
 * @param escalatedAt when it passed its next deadline undecided
 * @param assignee the reviewer working it
 * @param excludedReviewer the reviewer who rejected the previous attempt
 * @param decidedBy who decided
 * @param decidedAt when
 * @param reasons the reasons of a rejection
 * @param items item-by-item outcomes: every item once the case is decided, the items
 * decided so far while it is open
 * @param itemStates each item of the subject with its own due time and, once decided, its
 * outcome; empty for a case decided as a whole
 * @param version the optimistic-lock version a decision must quote
 */
public record ReviewCase(UUID id, Queue queue, String subjectRef, UUID sellerId, String memberId, int attempt,
		@Nullable UUID previousCaseId, Status status, @Nullable Outcome outcome, ReviewSubject subject,
		Instant submittedAt, Instant dueBy, Instant nextDueBy, @Nullable Instant escalatedAt, @Nullable UUID assignee,
		@Nullable UUID excludedReviewer, @Nullable UUID decidedBy, @Nullable Instant decidedAt, List<Reason> reasons,
		List<CaseDecided.ItemDecision> items, List<Item> itemStates, long version) {

	public ReviewCase {
		reasons = List.copyOf(reasons);
		items = List.copyOf(items);
		itemStates = List.copyOf(itemStates);
	}

	/** Where a case stands. */
	public enum Status {

		/** waiting for, or being worked by, a reviewer */
		OPEN,

		/** decided; never reopened (a resubmission is a new case) */
		DECIDED,

		/** taken back by its owner before a decision */
		WITHDRAWN

	}

	/**
	 * Whether the case is open past its next deadline (an undecided item's or its own).
	 */
	boolean late(Instant now) {
		return this.status == Status.OPEN && !now.isBefore(this.nextDueBy);
	}

	/** The items still to decide, in the subject's order. */
	public List<Item> undecidedItems() {
		return this.itemStates.stream().filter((item) -> !item.decided()).toList();
	}

	/** The undecided items due at or before {@code now}. */
	public List<Item> overdueItems(Instant now) {
		return this.itemStates.stream().filter((item) -> !item.decided() && !now.isBefore(item.dueBy())).toList();
	}

	ReviewCase withItemStates(List<Item> states) {
		return new ReviewCase(this.id, this.queue, this.subjectRef, this.sellerId, this.memberId, this.attempt,
				this.previousCaseId, this.status, this.outcome, this.subject, this.submittedAt, this.dueBy,
				this.nextDueBy, this.escalatedAt, this.assignee, this.excludedReviewer, this.decidedBy, this.decidedAt,
				this.reasons, this.items, states, this.version);
	}

	/**
	 * One item of a case decided item by item (R-APP-5, R-APP-6).
	 *
	 * @param ref the item, {@code category:<code>} or {@code brand:<index>}
	 * @param dueBy when its decision is expected: a brand's target (7 working days) for
	 * {@code brand:} items, the case's otherwise, never after the case's
	 * @param outcome its outcome, once decided
	 * @param reasons why, if rejected
	 * @param decidedBy who decided it
	 * @param decidedAt when
	 */
	public record Item(String ref, Instant dueBy, @Nullable Outcome outcome, List<Reason> reasons,
			@Nullable UUID decidedBy, @Nullable Instant decidedAt) {

		public Item {
			reasons = List.copyOf(reasons);
		}

		/** Whether it has an outcome. */
		public boolean decided() {
			return this.outcome != null;
		}

	}

}
