package io.kaidian.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * One attempt of a case on a queue, and the steps it may take: claimed, released, decided
 * (whole, or some items now and the rest later, R-APP-5), escalated. Each step checks the
 * state it starts from and refuses with a {@link ConflictException} otherwise; each
 * returns the case after it, one version on. Owners never see it: they get an
 * {@link OpenedCase} (see docs/guide/review-desk.md).
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
@NamedInterface("desk")
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

	/**
	 * A new case on the request's queue: the next attempt of {@code previous} (the
	 * subject's latest decided case, if any), kept from the reviewer who rejected it.
	 */
	static ReviewCase opened(UUID id, ReviewDesk.OpenCase request, @Nullable ReviewCase previous, Instant now,
			Instant dueBy, List<Item> items) {
		UUID excluded = previous != null && previous.outcome() == Outcome.REJECTED ? previous.decidedBy() : null;
		Instant nextDueBy = items.stream().map(Item::dueBy).reduce(dueBy, ReviewCase::earlier);
		return new ReviewCase(id, request.queue(), request.subjectRef(), request.sellerId(), request.memberId(),
				previous != null ? previous.attempt() + 1 : 1, previous != null ? previous.id() : null, Status.OPEN,
				null, request.subject(), now, dueBy, nextDueBy, null, null, excluded, null, null, List.of(), List.of(),
				items, 0);
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

	/** The case assigned to {@code reviewer}: only an open case nobody works. */
	public ReviewCase claim(UUID reviewer) {
		requireOpen();
		if (this.assignee != null) {
			throw new ConflictException("CASE_ASSIGNED");
		}
		return with(reviewer, this.escalatedAt);
	}

	/** The case back on its queue: only an open case {@code reviewer} works. */
	public ReviewCase release(UUID reviewer) {
		requireOpen();
		if (!reviewer.equals(this.assignee)) {
			throw new ConflictException("NOT_ASSIGNED");
		}
		return with(null, this.escalatedAt);
	}

	/**
	 * The case decided, as a whole or some of its items (R-APP-5, R-APP-6), by the
	 * reviewer working it, on the version the reviewer read. A decision of the last
	 * undecided items decides the case: approved when every item is, rejected when any
	 * is.
	 * @param decision what the reviewer chose
	 * @param reviewer who
	 * @param now when
	 * @param catalogue the reasons a rejection may give
	 * @return the case after the decision and what it decided
	 */
	public Decided decide(Decision decision, UUID reviewer, Instant now, DecisionRules.ReasonCheck catalogue) {
		requireOpen();
		if (decision.version() == null) {
			throw RuleViolationException.of("version", "REQUIRED");
		}
		if (this.version != decision.version()) {
			throw new ConflictException("VERSION_CONFLICT");
		}
		if (!reviewer.equals(this.assignee)) {
			throw new ConflictException("NOT_ASSIGNED");
		}
		DecisionRules.Recorded recorded = new DecisionRules(catalogue).record(this, decision);
		List<Item> states = this.itemStates.stream()
			.map((item) -> recorded.decidedNow()
				.stream()
				.filter((d) -> d.ref().equals(item.ref()))
				.findFirst()
				.map((d) -> new Item(item.ref(), item.dueBy(), d.outcome(), d.reasons(), reviewer, now))
				.orElse(item))
			.toList();
		Outcome outcome = recorded.outcome();
		ReviewCase after = new ReviewCase(this.id, this.queue, this.subjectRef, this.sellerId, this.memberId,
				this.attempt, this.previousCaseId, outcome != null ? Status.DECIDED : Status.OPEN, outcome,
				this.subject, this.submittedAt, this.dueBy, recorded.nextDueBy(), this.escalatedAt, this.assignee,
				this.excludedReviewer, outcome != null ? reviewer : null, outcome != null ? now : null,
				recorded.reasons(), recorded.items(), states, this.version + 1);
		return new Decided(after, recorded.decidedNow());
	}

	/**
	 * The case escalated at {@code now}: only an open case past its next deadline, and
	 * only once.
	 */
	public ReviewCase escalate(Instant now) {
		requireOpen();
		if (this.escalatedAt != null) {
			throw new ConflictException("CASE_ESCALATED");
		}
		if (!late(now)) {
			throw new ConflictException("CASE_NOT_DUE");
		}
		return with(this.assignee, now);
	}

	/**
	 * Whether the case is open past its next deadline (an undecided item's or its own).
	 */
	public boolean late(Instant now) {
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

	private ReviewCase with(@Nullable UUID assignee, @Nullable Instant escalatedAt) {
		return new ReviewCase(this.id, this.queue, this.subjectRef, this.sellerId, this.memberId, this.attempt,
				this.previousCaseId, this.status, this.outcome, this.subject, this.submittedAt, this.dueBy,
				this.nextDueBy, escalatedAt, assignee, this.excludedReviewer, this.decidedBy, this.decidedAt,
				this.reasons, this.items, this.itemStates, this.version + 1);
	}

	private void requireOpen() {
		if (this.status != Status.OPEN) {
			throw new ConflictException("CASE_DECIDED");
		}
	}

	static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * A decision applied.
	 *
	 * @param reviewCase the case after it: decided, or still open with the items decided
	 * now (R-APP-5)
	 * @param decidedNow the items this decision decided, in the subject's order
	 */
	public record Decided(ReviewCase reviewCase, List<CaseDecided.ItemDecision> decidedNow) {

		public Decided {
			decidedNow = List.copyOf(decidedNow);
		}

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
