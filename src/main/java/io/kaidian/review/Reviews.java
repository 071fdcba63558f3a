package io.kaidian.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

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
		List<ReviewCase.Item> items = itemDeadlines(request.subject().items(), now, dueBy);
		Instant nextDueBy = items.stream().map(ReviewCase.Item::dueBy).reduce(dueBy, Reviews::earlier);
		ReviewCase opened = new ReviewCase(UUID.randomUUID(), request.queue(), request.subjectRef(), request.sellerId(),
				request.memberId(), previous.map((c) -> c.attempt() + 1).orElse(1),
				previous.map(ReviewCase::id).orElse(null), ReviewCase.Status.OPEN, null, request.subject(), now, dueBy,
				nextDueBy, null, null, excluded, null, null, List.of(), List.of(), items, 0);
		this.cases.add(opened);
		Map<String, Object> detail = new HashMap<>();
		detail.put("attempt", opened.attempt());
		if (!items.isEmpty()) {
			Map<String, String> itemsDueBy = new LinkedHashMap<>();
			items.forEach((item) -> itemsDueBy.put(item.ref(), item.dueBy().toString()));
			detail.put("itemsDueBy", itemsDueBy);
		}
		record(opened, "OPENED", null, "OPEN", null, "SELLER", null, detail);
		this.events.publishEvent(
				new CaseOpened(opened.id(), opened.queue(), opened.subjectRef(), opened.sellerId(), opened.dueBy()));
		return opened;
	}

	/**
	 * Open cases of a queue, the earliest next deadline first (an undecided item's or the
	 * case's, R-APP-5); only escalated ones when asked.
	 */
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
		Instant now = this.clock.instant();
		return new CaseFile(current, attempts.stream().filter((c) -> !c.id().equals(caseId)).toList(),
				current.late(now), now);
	}

	/**
	 * Decides a case, or some of its items. Exactly one of concurrent decisions applies;
	 * the others, and any decision quoting a stale version, get {@code 409}. A rejection
	 * names at least one catalogued reason for each rejected item.
	 * <p>
	 * An application case may be decided item by item, some items now and the rest later
	 * (R-APP-5: brands within their 7 working days): each such decision is recorded
	 * ({@code ITEMS_DECIDED}), bumps the version and leaves the case open and assigned;
	 * an item decided before cannot be decided again ({@code 409 ITEM_ALREADY_DECIDED}).
	 * When the last item is decided the case is decided, approved when every item is and
	 * rejected when any is, and {@link CaseDecided} is published once with every item. A
	 * whole-case decision applies to the items still undecided.
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
		ReviewCases.Recorded recorded = decision.items().isEmpty() ? whole(current, decision)
				: itemByItem(current, decision);
		Instant now = this.clock.instant();
		if (!this.cases.decide(caseId, decision.version(), reviewer, recorded, now)) {
			// a concurrent decision or release won
			throw new ConflictException("VERSION_CONFLICT");
		}
		ReviewCase decided = this.cases.find(caseId).orElseThrow();
		Outcome outcome = recorded.outcome();
		if (outcome == null) {
			// R-APP-5: some items now, the rest later; the case stays open and assigned
			List<String> remaining = decided.undecidedItems().stream().map(ReviewCase.Item::ref).toList();
			List<Reason> reasonsNow = recorded.decidedNow().stream().flatMap((i) -> i.reasons().stream()).toList();
			record(decided, "ITEMS_DECIDED", "OPEN", "OPEN", reviewer, "STAFF", codes(reasonsNow),
					Map.of("items", recorded.decidedNow(), "reasons", reasonsNow, "remaining", remaining));
			this.events.publishEvent(new ItemsDecided(decided.id(), decided.queue(), decided.subjectRef(),
					decided.sellerId(), decided.memberId(), recorded.decidedNow(), remaining, reviewer, now));
			return decided;
		}
		record(decided, "DECIDED", "OPEN", outcome.name(), reviewer, "STAFF", codes(recorded.reasons()),
				Map.of("reasons", recorded.reasons(), "items", recorded.items()));
		this.events.publishEvent(new CaseDecided(decided.id(), decided.queue(), decided.subjectRef(),
				decided.sellerId(), decided.memberId(), outcome, recorded.reasons(), recorded.items(), reviewer, now));
		return decided;
	}

	/**
	 * Escalates, once, every open case past its next deadline: its own due time or an
	 * undecided item's (R-APP-5: a brand undecided after 7 working days escalates the
	 * application although the whole is due after 10). Run by the escalation task.
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = this.clock.instant();
		List<ReviewCase> overdue = this.cases.overdue(now);
		for (ReviewCase c : overdue) {
			this.cases.escalate(c.id(), now);
			List<String> items = c.overdueItems(now).stream().map(ReviewCase.Item::ref).toList();
			Map<String, Object> detail = new HashMap<>();
			detail.put("dueBy", c.nextDueBy().toString());
			if (!items.isEmpty()) {
				detail.put("overdueItems", items);
			}
			record(c, "ESCALATED", null, "LATE", null, "SYSTEM", "PAST_DUE", detail);
			this.events.publishEvent(
					new CaseEscalated(c.id(), c.queue(), c.subjectRef(), c.sellerId(), c.nextDueBy(), now, items));
		}
		return overdue.size();
	}

	/**
	 * Replaces the automated flags of an open case: the owner learned something after
	 * opening it that the reviewer should see before deciding (identity: the subject was
	 * bound to another account meanwhile, R-ID-6). The version stays, so a reviewer
	 * deciding meanwhile is not refused; a decided case is left as it was.
	 * @return whether the case was open
	 */
	@Transactional
	public boolean reflag(UUID caseId, List<ReviewSubject.Flag> flags) {
		return this.cases.reflag(caseId, flags);
	}

	/**
	 * A decision of the whole case. On a case decided item by item it applies to the
	 * items still undecided; the case's outcome then follows every item's.
	 */
	private ReviewCases.Recorded whole(ReviewCase current, Decision decision) {
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
		Set<String> decidedBefore = decidedRefs(current);
		List<Violation> conflicts = new ArrayList<>();
		for (int i = 0; i < decision.reasons().size(); i++) {
			String field = decision.reasons().get(i).field();
			if (decidedBefore.contains(field)) {
				conflicts.add(Violation.of("reasons[" + i + "].field", "ITEM_ALREADY_DECIDED", field));
			}
		}
		refuse(conflicts, violations);
		List<CaseDecided.ItemDecision> now = current.undecidedItems()
			.stream()
			.map((item) -> new CaseDecided.ItemDecision(item.ref(), decision.outcome(),
					decision.reasons().stream().filter((r) -> r.field().equals(item.ref())).toList()))
			.toList();
		if (current.itemStates().isEmpty()) {
			return new ReviewCases.Recorded(decision.outcome(), decision.reasons(), List.of(), List.of(),
					current.nextDueBy());
		}
		List<Reason> reasons = new ArrayList<>();
		current.itemStates().stream().filter(ReviewCase.Item::decided).forEach((i) -> reasons.addAll(i.reasons()));
		reasons.addAll(decision.reasons());
		return settle(current, now, reasons);
	}

	/**
	 * Decisions of some or all of the undecided items of an application case (R-APP-6):
	 * the case is decided once every item is.
	 */
	private ReviewCases.Recorded itemByItem(ReviewCase current, Decision decision) {
		List<Violation> violations = new ArrayList<>();
		List<Violation> conflicts = new ArrayList<>();
		if (current.itemStates().isEmpty()) {
			throw RuleViolationException.of("items", "ITEMS_NOT_DECIDABLE");
		}
		Set<String> expected = new HashSet<>(current.subject().items());
		Set<String> decidedBefore = decidedRefs(current);
		Map<String, CaseDecided.ItemDecision> decided = new LinkedHashMap<>();
		for (int i = 0; i < decision.items().size(); i++) {
			ItemOutcome item = decision.items().get(i);
			String field = "items[" + i + "]";
			if (!expected.contains(item.ref())) {
				violations.add(Violation.of(field + ".ref", "UNKNOWN_ITEM", item.ref()));
				continue;
			}
			if (decidedBefore.contains(item.ref())) {
				conflicts.add(Violation.of(field + ".ref", "ITEM_ALREADY_DECIDED", item.ref()));
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
		}
		refuse(conflicts, violations);
		List<CaseDecided.ItemDecision> now = current.itemStates()
			.stream()
			.map((item) -> decided.get(item.ref()))
			.filter(Objects::nonNull)
			.toList();
		List<Reason> reasons = new ArrayList<>();
		for (ReviewCase.Item item : current.itemStates()) {
			if (item.decided()) {
				reasons.addAll(item.reasons());
			}
			else if (decided.containsKey(item.ref())) {
				reasons.addAll(decided.get(item.ref()).reasons());
			}
		}
		return settle(current, now, reasons);
	}

	/**
	 * The case after {@code now} is recorded: every item decided so far, in the subject's
	 * order; decided (approved when every item is, rejected when any is) once no item is
	 * left, else the next deadline among the items left.
	 */
	private static ReviewCases.Recorded settle(ReviewCase current, List<CaseDecided.ItemDecision> now,
			List<Reason> reasons) {
		Map<String, CaseDecided.ItemDecision> byRef = new HashMap<>();
		now.forEach((item) -> byRef.put(item.ref(), item));
		List<CaseDecided.ItemDecision> items = new ArrayList<>();
		Instant next = current.dueBy();
		boolean complete = true;
		for (ReviewCase.Item item : current.itemStates()) {
			if (item.decided()) {
				items.add(new CaseDecided.ItemDecision(item.ref(), item.outcome(), item.reasons()));
			}
			else if (byRef.containsKey(item.ref())) {
				items.add(byRef.get(item.ref()));
			}
			else {
				complete = false;
				next = earlier(next, item.dueBy());
			}
		}
		Outcome outcome = !complete ? null
				: items.stream().allMatch((i) -> i.outcome() == Outcome.APPROVED) ? Outcome.APPROVED : Outcome.REJECTED;
		return new ReviewCases.Recorded(outcome, reasons, items, now, complete ? current.nextDueBy() : next);
	}

	/**
	 * {@code 409 ITEM_ALREADY_DECIDED} when the decision touches an item decided before,
	 * else {@code 422} with the violations.
	 */
	private static void refuse(List<Violation> conflicts, List<Violation> violations) {
		if (!conflicts.isEmpty()) {
			throw new ConflictException("ITEM_ALREADY_DECIDED", conflicts);
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private static Set<String> decidedRefs(ReviewCase current) {
		Set<String> refs = new HashSet<>();
		current.itemStates().stream().filter(ReviewCase.Item::decided).forEach((item) -> refs.add(item.ref()));
		return refs;
	}

	/**
	 * Each item's due time (R-APP-5, R-APP-6): a brand's target for {@code brand:} items,
	 * the case's for the others; never after the case's own.
	 */
	private List<ReviewCase.Item> itemDeadlines(List<String> refs, Instant submittedAt, Instant caseDueBy) {
		if (refs.isEmpty()) {
			return List.of();
		}
		Instant brandDueBy = earlier(caseDueBy, this.calendar.dueBy(submittedAt, this.targets.brand()));
		return refs.stream()
			.map((ref) -> new ReviewCase.Item(ref, ref.startsWith("brand:") ? brandDueBy : caseDueBy, null, List.of(),
					null, null))
			.toList();
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static @Nullable String codes(List<Reason> reasons) {
		return reasons.stream().map(Reason::code).distinct().reduce((a, b) -> a + "," + b).orElse(null);
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
	 * @param late whether it is past its next deadline (an undecided item's or its own)
	 * @param now when it was read
	 */
	public record CaseFile(ReviewCase reviewCase, List<ReviewCase> previousAttempts, boolean late, Instant now) {
	}

}
