package io.kaidian.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.web.ConflictException;
import io.kaidian.platform.web.NotFoundException;
import io.kaidian.platform.web.RuleViolationException;
import io.kaidian.platform.web.Violation;

/**
 * The review desk (PRODUCT.md §4 items 1–4, 8): owners open cases; reviewers list a queue
 * oldest due first, claim the next case, release it, and decide it with coded reasons.
 * Every claim, release, decision and escalation is recorded in the seller's history.
 */
@Service
public class Reviews {

	private final ReviewCases cases;

	private final ReasonCatalogue reasons;

	private final ReviewerAccess access;

	private final WorkingCalendar calendar;

	private final ReviewTargets targets;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviews(ReviewCases cases, ReasonCatalogue reasons, ReviewerAccess access, WorkingCalendar calendar,
			ReviewTargets targets, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.reasons = reasons;
		this.access = access;
		this.calendar = calendar;
		this.targets = targets;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a case on a queue. A resubmission of a rejected subject becomes the next
	 * attempt, and the reviewer who rejected the previous one is kept from it while
	 * another is available.
	 */
	@Transactional
	public ReviewCase open(OpenCase request) {
		Instant now = this.clock.instant();
		Optional<ReviewCase> previous = this.cases.latestDecided(request.queue(), request.subjectRef());
		UUID excluded = previous.filter((c) -> c.outcome() == Outcome.REJECTED).map(ReviewCase::decidedBy).orElse(null);
		Instant dueBy = this.calendar.dueBy(now, target(request.queue()));
		ReviewCase opened = new ReviewCase(UUID.randomUUID(), request.queue(), request.subjectRef(), request.sellerId(),
				request.memberId(), previous.map((c) -> c.attempt() + 1).orElse(1),
				previous.map(ReviewCase::id).orElse(null), ReviewCase.Status.OPEN, null, request.subject(), now, dueBy,
				null, null, excluded, null, null, List.of(), List.of(), 0);
		this.cases.add(opened);
		record(opened, "OPENED", null, "OPEN", null, "SELLER", null, Map.of("attempt", opened.attempt()));
		this.events.publishEvent(
				new CaseOpened(opened.id(), opened.queue(), opened.subjectRef(), opened.sellerId(), opened.dueBy()));
		return opened;
	}

	/** Open cases of a queue, oldest due first; only escalated ones when asked. */
	public List<ReviewCase> list(Queue queue, boolean escalatedOnly, UUID reviewer) {
		this.access.requireQueue(reviewer, queue);
		return this.cases.open(queue, escalatedOnly);
	}

	/**
	 * Assigns the next unassigned case of the queue to the reviewer; empty when none is
	 * left.
	 */
	@Transactional
	public Optional<ReviewCase> claim(Queue queue, UUID reviewer) {
		this.access.requireQueue(reviewer, queue);
		boolean othersAvailable = this.access.seenAndOthersAvailable(reviewer, queue);
		Optional<ReviewCase> claimed = this.cases.claimNext(queue, reviewer, othersAvailable, this.clock.instant())
			.flatMap(this.cases::find);
		claimed.ifPresent((c) -> record(c, "CLAIMED", "UNASSIGNED", "ASSIGNED", reviewer, "STAFF", null, Map.of()));
		return claimed;
	}

	/** Gives a claimed case back to the queue. */
	@Transactional
	public ReviewCase release(UUID caseId, UUID reviewer) {
		ReviewCase current = visible(caseId, reviewer);
		if (!this.cases.release(caseId, reviewer)) {
			throw new ConflictException(current.status() != ReviewCase.Status.OPEN ? "CASE_DECIDED" : "NOT_ASSIGNED");
		}
		record(current, "RELEASED", "ASSIGNED", "UNASSIGNED", reviewer, "STAFF", null, Map.of());
		return this.cases.find(caseId).orElseThrow();
	}

	/** The case as its reviewer sees it; {@code 404} for an unknown id. */
	public CaseFile view(UUID caseId, UUID reviewer) {
		ReviewCase current = visible(caseId, reviewer);
		List<ReviewCase> attempts = this.cases.attempts(current.queue(), current.subjectRef());
		return new CaseFile(current, attempts.stream().filter((c) -> !c.id().equals(caseId)).toList(),
				current.late(this.clock.instant()));
	}

	/**
	 * Decides a case. Exactly one of concurrent decisions applies; the others, and any
	 * decision quoting a stale version, get {@code 409}. A rejection names at least one
	 * catalogued reason for each rejected item.
	 */
	@Transactional
	public ReviewCase decide(UUID caseId, Decision decision, UUID reviewer) {
		ReviewCase current = visible(caseId, reviewer);
		if (current.status() != ReviewCase.Status.OPEN) {
			throw new ConflictException("CASE_DECIDED");
		}
		if (decision.version() == null) {
			throw RuleViolationException.of("version", "REQUIRED");
		}
		if (current.version() != decision.version()) {
			throw new ConflictException("VERSION_CONFLICT");
		}
		if (!reviewer.equals(current.assignee())) {
			throw new ConflictException("NOT_ASSIGNED");
		}
		Judgement judgement = decision.items().isEmpty() ? whole(current, decision) : itemByItem(current, decision);
		Instant now = this.clock.instant();
		if (!this.cases.decide(caseId, decision.version(), reviewer, judgement.outcome(), judgement.reasons(),
				judgement.items(), now)) {
			// a concurrent decision or release won
			throw new ConflictException("VERSION_CONFLICT");
		}
		ReviewCase decided = this.cases.find(caseId).orElseThrow();
		record(decided, "DECIDED", "OPEN", judgement.outcome().name(), reviewer, "STAFF",
				judgement.reasons().stream().map(Reason::code).distinct().reduce((a, b) -> a + "," + b).orElse(null),
				Map.of("reasons", judgement.reasons(), "items", judgement.items()));
		this.events
			.publishEvent(new CaseDecided(decided.id(), decided.queue(), decided.subjectRef(), decided.sellerId(),
					decided.memberId(), judgement.outcome(), judgement.reasons(), judgement.items(), reviewer, now));
		return decided;
	}

	/** Escalates every open case past its due time (run by the escalation task). */
	@Transactional
	public int escalateOverdue() {
		Instant now = this.clock.instant();
		List<ReviewCase> overdue = this.cases.overdue(now);
		for (ReviewCase c : overdue) {
			this.cases.escalate(c.id(), now);
			record(c, "ESCALATED", null, "LATE", null, "SYSTEM", "PAST_DUE", Map.of("dueBy", c.dueBy().toString()));
			this.events
				.publishEvent(new CaseEscalated(c.id(), c.queue(), c.subjectRef(), c.sellerId(), c.dueBy(), now));
		}
		return overdue.size();
	}

	private Judgement whole(ReviewCase current, Decision decision) {
		if (decision.outcome() == null) {
			throw RuleViolationException.of("outcome", "REQUIRED");
		}
		List<Violation> violations = new ArrayList<>();
		if (decision.outcome() == Outcome.REJECTED && decision.reasons().isEmpty()) {
			violations.add(Violation.of("reasons", "REASON_REQUIRED"));
		}
		if (decision.outcome() == Outcome.APPROVED && !decision.reasons().isEmpty()) {
			violations.add(Violation.of("reasons", "REASONS_ON_APPROVAL"));
		}
		violations.addAll(this.reasons.check(decision.reasons(), "reasons"));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		List<CaseDecided.ItemDecision> items = current.subject().items().isEmpty() ? List.of()
				: current.subject()
					.items()
					.stream()
					.map((ref) -> new CaseDecided.ItemDecision(ref, decision.outcome(),
							decision.reasons().stream().filter((r) -> r.field().equals(ref)).toList()))
					.toList();
		return new Judgement(decision.outcome(), decision.reasons(), items);
	}

	private Judgement itemByItem(ReviewCase current, Decision decision) {
		List<Violation> violations = new ArrayList<>();
		if (current.subject().items().isEmpty()) {
			throw RuleViolationException.of("items", "ITEMS_NOT_DECIDABLE");
		}
		Set<String> expected = new HashSet<>(current.subject().items());
		Map<String, CaseDecided.ItemDecision> decided = new HashMap<>();
		List<Reason> all = new ArrayList<>();
		for (int i = 0; i < decision.items().size(); i++) {
			ItemOutcome item = decision.items().get(i);
			String field = "items[" + i + "]";
			if (!expected.contains(item.ref())) {
				violations.add(Violation.of(field + ".ref", "UNKNOWN_ITEM", item.ref()));
				continue;
			}
			if (decided.containsKey(item.ref())) {
				violations.add(Violation.of(field + ".ref", "ITEM_DECIDED_TWICE", item.ref()));
				continue;
			}
			if (item.outcome() == null) {
				violations.add(Violation.of(field + ".outcome", "REQUIRED"));
				continue;
			}
			List<Reason> reasons = item.reasons()
				.stream()
				.map((r) -> new Reason(r.field() == null || r.field().isBlank() ? item.ref() : r.field(), r.code(),
						r.message()))
				.toList();
			if (item.outcome() == Outcome.REJECTED && reasons.isEmpty()) {
				violations.add(Violation.of(field + ".reasons", "REASON_REQUIRED"));
			}
			violations.addAll(this.reasons.check(reasons, field + ".reasons"));
			decided.put(item.ref(), new CaseDecided.ItemDecision(item.ref(), item.outcome(), reasons));
			all.addAll(reasons);
		}
		expected.removeAll(decided.keySet());
		if (!expected.isEmpty() && violations.isEmpty()) {
			violations
				.add(Violation.of("items", "ITEMS_INCOMPLETE", String.join(", ", expected.stream().sorted().toList())));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		List<CaseDecided.ItemDecision> items = current.subject().items().stream().map(decided::get).toList();
		Outcome outcome = items.stream().allMatch((i) -> i.outcome() == Outcome.APPROVED) ? Outcome.APPROVED
				: Outcome.REJECTED;
		return new Judgement(outcome, all, items);
	}

	private ReviewCase visible(UUID caseId, UUID reviewer) {
		ReviewCase current = this.cases.find(caseId).orElseThrow(NotFoundException::new);
		this.access.requireQueue(reviewer, current.queue());
		this.access.requireNoConflict(reviewer, current.memberId());
		return current;
	}

	private ReviewTarget target(Queue queue) {
		return switch (queue) {
			case IDENTITY -> this.targets.identity();
			case APPLICATION -> this.targets.application();
		};
	}

	private void record(ReviewCase c, String action, @Nullable String from, @Nullable String to, @Nullable UUID actor,
			String actorKind, @Nullable String reason, Map<String, Object> detail) {
		Map<String, Object> all = new HashMap<>(detail);
		all.put("caseId", c.id().toString());
		all.put("queue", c.queue().name());
		this.audit.record(new AuditTrail.Entry(c.memberId(), "review-case:" + c.id(), action, from, to, actor,
				actorKind, reason, all));
	}

	/**
	 * What an owner opens a case with.
	 *
	 * @param queue the queue
	 * @param subjectRef the owner's reference, the same for every attempt of one subject
	 * @param sellerId the seller
	 * @param memberId the seller's member ID
	 * @param subject what the reviewer sees
	 */
	public record OpenCase(Queue queue, String subjectRef, UUID sellerId, String memberId, ReviewSubject subject) {
	}

	/**
	 * A reviewer's decision: either {@code outcome} with {@code reasons} for the whole
	 * case, or {@code items} one by one (application cases).
	 *
	 * @param outcome approve or reject the whole case
	 * @param reasons the coded reasons of a rejection
	 * @param items item-by-item outcomes
	 * @param version the version of the case the reviewer decided on
	 */
	public record Decision(@Nullable Outcome outcome, List<Reason> reasons, List<ItemOutcome> items,
			@Nullable Long version) {

		public Decision {
			reasons = reasons != null ? List.copyOf(reasons) : List.of();
			items = items != null ? List.copyOf(items) : List.of();
		}

	}

	/**
	 * @param ref the item, {@code category:<code>} or {@code brand:<index>}
	 * @param outcome approve or reject it
	 * @param reasons why, if rejected
	 */
	public record ItemOutcome(String ref, @Nullable Outcome outcome, List<Reason> reasons) {

		public ItemOutcome {
			reasons = reasons != null ? List.copyOf(reasons) : List.of();
		}

	}

	/**
	 * A case with everything its reviewer needs.
	 *
	 * @param reviewCase the case
	 * @param previousAttempts earlier (and later) attempts of the same subject
	 * @param late whether it is past its due time
	 */
	public record CaseFile(ReviewCase reviewCase, List<ReviewCase> previousAttempts, boolean late) {
	}

	private record Judgement(Outcome outcome, List<Reason> reasons, List<CaseDecided.ItemDecision> items) {
	}

}
