package io.kaidian.review;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.review.CaseHistory.Step;

/**
 * The review desk (PRODUCT.md §4 items 1–4, 8; R-APP-5, R-APP-6): owners open cases,
 * reviewers list, claim, release and decide them, overdue cases escalate. Each step reads
 * the case once, lets {@link ReviewCase} take it and saves it against the version read.
 * See docs/guide/review-desk.md.
 */
@Service
public class ReviewDesk {

	private final ReviewCases cases;

	private final ReasonCatalogue reasons;

	private final ReviewerAccess access;

	private final WorkingCalendar calendar;

	private final ReviewTargets targets;

	private final CaseHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewDesk(ReviewCases cases, ReasonCatalogue reasons, ReviewerAccess access, WorkingCalendar calendar,
			ReviewTargets targets, CaseHistory history, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.reasons = reasons;
		this.access = access;
		this.calendar = calendar;
		this.targets = targets;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a case on a queue. A resubmission of a rejected subject becomes the next
	 * attempt, and the reviewer who rejected the previous one is kept from it while
	 * another is available.
	 */
	@Transactional
	public OpenedCase open(OpenCase request) {
		Instant now = this.clock.instant();
		ReviewCase previous = this.cases.latestDecided(request.queue(), request.subjectRef()).orElse(null);
		Instant dueBy = this.calendar.dueBy(now, target(request.queue()));
		List<ReviewCase.Item> items = itemDeadlines(request.subject().items(), now, dueBy);
		ReviewCase opened = ReviewCase.opened(UUID.randomUUID(), request, previous, now, dueBy, items);
		this.cases.add(opened);
		Map<String, Object> detail = new HashMap<>();
		detail.put("attempt", opened.attempt());
		if (!items.isEmpty()) {
			Map<String, String> itemsDueBy = new LinkedHashMap<>();
			items.forEach((item) -> itemsDueBy.put(item.ref(), item.dueBy().toString()));
			detail.put("itemsDueBy", itemsDueBy);
		}
		this.history.record(opened, Step.OPENED, null, null, detail);
		this.events.publishEvent(
				new CaseOpened(opened.id(), opened.queue(), opened.subjectRef(), opened.sellerId(), opened.dueBy()));
		return new OpenedCase(opened.id(), opened.attempt(), opened.dueBy());
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
	public Optional<CaseFile> claim(Queue queue, UUID reviewer) {
		Instant now = this.clock.instant();
		Optional<ReviewCases.Found> next = this.cases.claimNext(queue, reviewer, now, ReviewerAccess.AVAILABLE_WITHIN);
		if (next.isEmpty()) {
			// nothing left, or not the reviewer's queue
			this.access.requireQueue(reviewer, queue);
			return Optional.empty();
		}
		ReviewCase claimed = next.get().reviewCase().claim(reviewer);
		this.history.record(claimed, Step.CLAIMED, reviewer, null, Map.of());
		return Optional.of(CaseFile.of(claimed, next.get().otherAttempts(), now));
	}

	/** Gives a claimed case back to the queue. */
	@Transactional
	public CaseFile release(UUID caseId, UUID reviewer) {
		ReviewCases.Found found = visible(caseId, reviewer);
		ReviewCase current = found.reviewCase();
		ReviewCase released = current.release(reviewer);
		if (!this.cases.update(current, released)) {
			throw new ConflictException(current.status() != ReviewCase.Status.OPEN ? "CASE_DECIDED" : "NOT_ASSIGNED");
		}
		this.history.record(current, Step.RELEASED, reviewer, null, Map.of());
		return CaseFile.of(released, found.otherAttempts(), this.clock.instant());
	}

	/** The case as its reviewer sees it; {@code 404} for an unknown id. */
	public CaseFile view(UUID caseId, UUID reviewer) {
		ReviewCases.Found found = visible(caseId, reviewer);
		return CaseFile.of(found.reviewCase(), found.otherAttempts(), this.clock.instant());
	}

	/**
	 * Decides a case, or some of its items ({@link ReviewCase#decide}). Exactly one of
	 * concurrent decisions applies; the others, and any decision quoting a stale version,
	 * get {@code 409}. Publishes {@link ItemsDecided} for some items, {@link CaseDecided}
	 * once the case is decided.
	 */
	@Transactional
	public CaseFile decide(UUID caseId, Decision decision, UUID reviewer) {
		ReviewCases.Found found = visible(caseId, reviewer);
		Instant now = this.clock.instant();
		ReviewCase.Decided decided = found.reviewCase().decide(decision, reviewer, now, this.reasons::check);
		ReviewCase after = decided.reviewCase();
		if (!this.cases.update(found.reviewCase(), after)) {
			// a concurrent decision or release won
			throw new ConflictException("VERSION_CONFLICT");
		}
		Outcome outcome = after.outcome();
		if (outcome == null) {
			// R-APP-5: some items now, the rest later; the case stays open and assigned
			List<String> remaining = after.undecidedItems().stream().map(ReviewCase.Item::ref).toList();
			List<Reason> reasonsNow = decided.decidedNow().stream().flatMap((i) -> i.reasons().stream()).toList();
			this.history.record(after, Step.ITEMS_DECIDED, reviewer, CaseHistory.codes(reasonsNow),
					Map.of("items", decided.decidedNow(), "reasons", reasonsNow, "remaining", remaining));
			this.events.publishEvent(new ItemsDecided(after.id(), after.queue(), after.subjectRef(), after.sellerId(),
					after.memberId(), decided.decidedNow(), remaining, reviewer, now));
		}
		else {
			this.history.record(after, Step.DECIDED, reviewer, CaseHistory.codes(after.reasons()),
					Map.of("reasons", after.reasons(), "items", after.items()));
			this.events.publishEvent(new CaseDecided(after.id(), after.queue(), after.subjectRef(), after.sellerId(),
					after.memberId(), outcome, after.reasons(), after.items(), reviewer, now));
		}
		return CaseFile.of(after, found.otherAttempts(), now);
	}

	/**
	 * Escalates, once, every open case past its next deadline: its own due time or an
	 * undecided item's (R-APP-5). Run by the escalation task.
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = this.clock.instant();
		List<ReviewCase> overdue = this.cases.overdue(now);
		for (ReviewCase c : overdue) {
			if (!this.cases.update(c, c.escalate(now))) {
				throw new IllegalStateException("review case " + c.id() + " changed while locked");
			}
			List<String> items = c.overdueItems(now).stream().map(ReviewCase.Item::ref).toList();
			Map<String, Object> detail = new HashMap<>();
			detail.put("dueBy", c.nextDueBy().toString());
			if (!items.isEmpty()) {
				detail.put("overdueItems", items);
			}
			this.history.record(c, Step.ESCALATED, null, "PAST_DUE", detail);
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
	 * Each item's due time (R-APP-5, R-APP-6): a brand's target for {@code brand:} items,
	 * the case's for the others; never after the case's own.
	 */
	private List<ReviewCase.Item> itemDeadlines(List<String> refs, Instant submittedAt, Instant caseDueBy) {
		if (refs.isEmpty()) {
			return List.of();
		}
		Instant brandDueBy = ReviewCase.earlier(caseDueBy, this.calendar.dueBy(submittedAt, this.targets.brand()));
		return refs.stream()
			.map((ref) -> new ReviewCase.Item(ref, ref.startsWith("brand:") ? brandDueBy : caseDueBy, null, List.of(),
					null, null))
			.toList();
	}

	/** The case, read once; {@code 404} unknown, {@code 403} not the reader's to see. */
	private ReviewCases.Found visible(UUID caseId, UUID reviewer) {
		ReviewCases.Found found = this.cases.find(caseId, reviewer).orElseThrow(NotFoundException::new);
		found.reader().require(found.reviewCase().queue());
		return found;
	}

	private ReviewTarget target(Queue queue) {
		return switch (queue) {
			case IDENTITY -> this.targets.identity();
			case APPLICATION -> this.targets.application();
			case STORE_CHANGE -> this.targets.storeChange();
		};
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

}
