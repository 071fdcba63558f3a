package io.kaidian.review.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ParameterInvalidException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.review.CaseDecided;
import io.kaidian.review.CaseFile;
import io.kaidian.review.Decision;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.ReviewDesk;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The review desk's API (API.md, "Review"); role REVIEWER. */
@RestController
@Tag(name = ApiTags.REVIEW)
class ReviewApi {

	private final ReviewDesk reviews;

	private final ReasonCatalogue catalogue;

	private final AuditTrail audit;

	ReviewApi(ReviewDesk reviews, ReasonCatalogue catalogue, AuditTrail audit) {
		this.reviews = reviews;
		this.catalogue = catalogue;
		this.audit = audit;
	}

	/** The cases of a queue, oldest deadline first. */
	@GetMapping("/api/v1/review/cases")
	List<CaseSummary> list(@RequestParam Queue queue, @RequestParam(defaultValue = "OPEN") String status,
			@AuthenticationPrincipal KaidianUser reviewer) {
		boolean escalated = switch (status) {
			case "OPEN" -> false;
			case "ESCALATED" -> true;
			default -> throw RuleViolationException.of("status", "STATUS_INVALID");
		};
		return this.reviews.list(queue, escalated, reviewer.accountId()).stream().map(CaseSummary::of).toList();
	}

	/** Claim the next case of a queue. */
	@PostMapping("/api/v1/review/cases/claim")
	ResponseEntity<CaseDetail> claim(@RequestParam Queue queue, @AuthenticationPrincipal KaidianUser reviewer) {
		return this.reviews.claim(queue, reviewer.accountId())
			.map((file) -> ResponseEntity.ok(detail(file, false)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** One case with its items, for the reviewer who may see it. */
	@GetMapping("/api/v1/review/cases/{caseId}")
	CaseDetail view(@PathVariable UUID caseId, @AuthenticationPrincipal KaidianUser reviewer) {
		return detail(this.reviews.view(caseId, reviewer.accountId()), true);
	}

	/** Give a claimed case back to its queue. */
	@PostMapping("/api/v1/review/cases/{caseId}/release")
	CaseDetail release(@PathVariable UUID caseId, @AuthenticationPrincipal KaidianUser reviewer) {
		return detail(this.reviews.release(caseId, reviewer.accountId()), false);
	}

	/** Decide a claimed case, item by item, with coded reasons for a rejection. */
	@PostMapping("/api/v1/review/cases/{caseId}/decision")
	CaseDetail decide(@PathVariable UUID caseId, @RequestBody DecisionRequest request,
			@AuthenticationPrincipal KaidianUser reviewer) {
		Outcome outcome = request.outcome() == null ? null : switch (request.outcome()) {
			case APPROVE -> Outcome.APPROVED;
			case REJECT -> Outcome.REJECTED;
		};
		List<Decision.ItemOutcome> items = request.items() == null ? List.of() : request.items()
			.stream()
			.map((item) -> new Decision.ItemOutcome(item.ref(),
					item.outcome() == null ? null
							: item.outcome() == Verdict.APPROVE ? Outcome.APPROVED : Outcome.REJECTED,
					item.reasons()))
			.toList();
		return detail(this.reviews.decide(caseId, new Decision(outcome, request.reasons(), items, request.version()),
				reviewer.accountId()), false);
	}

	/** The coded rejection reasons, in the reader's language. */
	@GetMapping("/api/v1/review/reasons")
	List<ReasonCatalogue.Entry> reasons(@RequestParam(required = false) @Nullable String itemKind, Locale locale) {
		if (itemKind != null && !ReasonCatalogue.isItemKind(itemKind)) {
			// an unknown kind is a client's mistake, not an empty catalogue
			throw new ParameterInvalidException("itemKind");
		}
		return this.catalogue.list(itemKind, locale);
	}

	/**
	 * The case file; with the seller's history when asked ({@code GET}), without it for
	 * the answers of claim, release and decision, which come from what their transaction
	 * read (docs/benchmarks.md, "Review: claim and decide").
	 */
	private CaseDetail detail(CaseFile file, boolean withHistory) {
		ReviewCase c = file.reviewCase();
		List<AuditTrail.Recorded> history = withHistory ? this.audit.history(c.memberId(), List.of("review-case:%"))
				: null;
		return new CaseDetail(c.id(), c.queue(), c.memberId(), c.attempt(), c.status().name(),
				c.outcome() != null ? c.outcome().name() : null, c.submittedAt(), c.dueBy(), file.late(),
				c.escalatedAt(), c.assignee(), c.subject().summary(), c.subject().documents(), c.subject().flags(),
				c.subject().items(), c.subject().changes(), c.reasons(), c.items(),
				file.previousAttempts().stream().map(Attempt::of).toList(), history, c.version(), c.nextDueBy(),
				c.itemStates().stream().map((item) -> ItemState.of(item, file.now())).toList());
	}

	/** How a reviewer decides, as API.md spells it. */
	enum Verdict {

		/** accept */
		APPROVE,

		/** refuse with reasons */
		REJECT

	}

	/**
	 * @param outcome {@code APPROVE} or {@code REJECT} for the whole case
	 * @param reasons the coded reasons of a rejection
	 * @param items item-by-item outcomes of an application case
	 * @param version the case version decided on
	 */
	record DecisionRequest(@Nullable Verdict outcome, @Nullable List<Reason> reasons, @Nullable List<ItemRequest> items,
			@Nullable Long version) {
	}

	/**
	 * @param ref {@code category:<code>} or {@code brand:<index>}
	 * @param outcome {@code APPROVE} or {@code REJECT}
	 * @param reasons why, if rejected
	 */
	record ItemRequest(String ref, @Nullable Verdict outcome, @Nullable List<Reason> reasons) {
	}

	/**
	 * A case in a queue list.
	 *
	 * @param caseId the case
	 * @param queue its queue
	 * @param memberId the seller
	 * @param attempt which attempt
	 * @param submittedAt when it entered the queue
	 * @param dueBy when a decision is expected
	 * @param late whether it is escalated (past its next deadline)
	 * @param assignee the reviewer working it
	 * @param flags failed automated checks
	 * @param nextDueBy the case's next deadline, by which the list is ordered: the
	 * earliest due time among its undecided items (a brand is due after 7 working days,
	 * R-APP-5), or {@code dueBy}
	 */
	record CaseSummary(UUID caseId, Queue queue, String memberId, int attempt, Instant submittedAt, Instant dueBy,
			boolean late, @Nullable UUID assignee, List<ReviewSubject.Flag> flags, Instant nextDueBy) {

		static CaseSummary of(ReviewCase c) {
			return new CaseSummary(c.id(), c.queue(), c.memberId(), c.attempt(), c.submittedAt(), c.dueBy(),
					c.escalatedAt() != null, c.assignee(),
					c.subject().flags().stream().filter((flag) -> !flag.passed()).toList(), c.nextDueBy());
		}

	}

	/**
	 * Everything the reviewer needs about one case.
	 *
	 * @param caseId the case
	 * @param queue its queue
	 * @param memberId the seller
	 * @param attempt which attempt
	 * @param status OPEN or DECIDED
	 * @param outcome APPROVED or REJECTED once decided
	 * @param submittedAt when it entered the queue
	 * @param dueBy when a decision of the whole case is expected
	 * @param late whether it is past its next deadline
	 * @param escalatedAt when it was escalated
	 * @param assignee the reviewer working it
	 * @param data the submitted data
	 * @param documents the documents, with links
	 * @param flags automated check results
	 * @param items the items decided one by one
	 * @param changes what changed since the last decision
	 * @param reasons reasons of the decision
	 * @param itemDecisions item outcomes: all of them once decided, those decided so far
	 * while the case is open
	 * @param previousAttempts the other attempts of the same subject
	 * @param history the recorded claims, releases, decisions and escalations of the
	 * seller's cases; left out of the answers of claim, release and decision
	 * @param version quote it when deciding
	 * @param nextDueBy the case's next deadline: the earliest due time among its
	 * undecided items, or {@code dueBy}
	 * @param itemStates each item with its own due time and, once decided, its outcome
	 */
	record CaseDetail(UUID caseId, Queue queue, String memberId, int attempt, String status, @Nullable String outcome,
			Instant submittedAt, Instant dueBy, boolean late, @Nullable Instant escalatedAt, @Nullable UUID assignee,
			List<ReviewSubject.Field> data, List<ReviewSubject.Document> documents, List<ReviewSubject.Flag> flags,
			List<String> items, List<ReviewSubject.Change> changes, List<Reason> reasons,
			List<CaseDecided.ItemDecision> itemDecisions, List<Attempt> previousAttempts,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<AuditTrail.Recorded> history, long version,
			Instant nextDueBy, List<ItemState> itemStates) {
	}

	/**
	 * One item of an application case (R-APP-5, R-APP-6).
	 *
	 * @param ref {@code category:<code>} or {@code brand:<index>}
	 * @param dueBy when its decision is expected: 7 working days for a brand, the case's
	 * due time otherwise
	 * @param late whether it is undecided past {@code dueBy}
	 * @param outcome {@code APPROVED} or {@code REJECTED} once decided, {@code null}
	 * before
	 * @param reasons why, if rejected
	 * @param decidedBy who decided it
	 * @param decidedAt when
	 */
	record ItemState(String ref, Instant dueBy, boolean late, @Nullable String outcome, List<Reason> reasons,
			@Nullable UUID decidedBy, @Nullable Instant decidedAt) {

		static ItemState of(ReviewCase.Item item, Instant now) {
			return new ItemState(item.ref(), item.dueBy(), !item.decided() && !now.isBefore(item.dueBy()),
					item.outcome() != null ? item.outcome().name() : null, item.reasons(), item.decidedBy(),
					item.decidedAt());
		}

	}

	/**
	 * @param caseId the attempt's case
	 * @param attempt its number
	 * @param outcome its outcome, if decided
	 * @param reasons its reasons
	 * @param decidedAt when it was decided
	 */
	record Attempt(UUID caseId, int attempt, @Nullable String outcome, List<Reason> reasons,
			@Nullable Instant decidedAt) {

		static Attempt of(CaseFile.Attempt c) {
			return new Attempt(c.id(), c.attempt(), c.outcome() != null ? c.outcome().name() : null, c.reasons(),
					c.decidedAt());
		}

	}

}
