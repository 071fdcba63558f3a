package io.kaidian.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review case owns its steps: each checks the state it starts from, refuses otherwise,
 * and moves the version on (R-APP-5, R-APP-6 for item-by-item decisions).
 */
class ReviewCaseTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	private static final Instant BRAND_DUE = NOW.plus(Duration.ofDays(9));

	private static final Instant CASE_DUE = NOW.plus(Duration.ofDays(14));

	private static final UUID REVIEWER = UUID.randomUUID();

	private static final UUID OTHER = UUID.randomUUID();

	/** Every code is in the catalogue and applies to its item. */
	private static final DecisionRules.ReasonCheck CATALOGUE = (reasons, field) -> List.of();

	private static final Reason BLURRED = new Reason("ID_FRONT", "PHOTO_BLURRED", null);

	@Test
	void anOpenCaseIsClaimedReleasedAndClaimedAgain() {
		ReviewCase opened = identityCase();

		ReviewCase claimed = opened.claim(REVIEWER);
		ReviewCase released = claimed.release(REVIEWER);
		ReviewCase again = released.claim(OTHER);

		assertThat(claimed.assignee()).isEqualTo(REVIEWER);
		assertThat(claimed.version()).isEqualTo(opened.version() + 1);
		assertThat(released.assignee()).isNull();
		assertThat(released.version()).isEqualTo(claimed.version() + 1);
		assertThat(again.assignee()).isEqualTo(OTHER);
	}

	@Test
	void aClaimedCaseIsNotClaimedAgainNorReleasedByAnother() {
		ReviewCase claimed = identityCase().claim(REVIEWER);

		assertThat(code(() -> claimed.claim(OTHER))).isEqualTo("CASE_ASSIGNED");
		assertThat(code(() -> claimed.release(OTHER))).isEqualTo("NOT_ASSIGNED");
		assertThat(code(() -> identityCase().release(REVIEWER))).isEqualTo("NOT_ASSIGNED");
	}

	@Test
	void aWholeDecisionDecidesTheCaseAndNothingFollowsIt() {
		ReviewCase claimed = identityCase().claim(REVIEWER);

		ReviewCase.Decided decided = claimed.decide(
				new Decision(Outcome.REJECTED, List.of(BLURRED), List.of(), claimed.version()), REVIEWER, NOW,
				CATALOGUE);

		ReviewCase rejected = decided.reviewCase();
		assertThat(rejected.status()).isEqualTo(ReviewCase.Status.DECIDED);
		assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(rejected.reasons()).containsExactly(BLURRED);
		assertThat(rejected.decidedBy()).isEqualTo(REVIEWER);
		assertThat(rejected.decidedAt()).isEqualTo(NOW);
		assertThat(rejected.version()).isEqualTo(claimed.version() + 1);
		assertThat(code(() -> rejected.claim(OTHER))).isEqualTo("CASE_DECIDED");
		assertThat(code(() -> rejected.release(REVIEWER))).isEqualTo("CASE_DECIDED");
		assertThat(code(() -> rejected.escalate(CASE_DUE))).isEqualTo("CASE_DECIDED");
		assertThat(code(() -> rejected.decide(approve(rejected.version()), REVIEWER, NOW, CATALOGUE)))
			.isEqualTo("CASE_DECIDED");
	}

	@Test
	void onlyTheAssigneeDecidesOnTheVersionItRead() {
		ReviewCase claimed = identityCase().claim(REVIEWER);

		assertThat(code(() -> claimed.decide(approve(claimed.version() - 1), REVIEWER, NOW, CATALOGUE)))
			.isEqualTo("VERSION_CONFLICT");
		assertThat(code(() -> claimed.decide(approve(claimed.version()), OTHER, NOW, CATALOGUE)))
			.isEqualTo("NOT_ASSIGNED");
		assertThat(violations(() -> claimed.decide(approve(null), REVIEWER, NOW, CATALOGUE)))
			.containsExactly("version:REQUIRED");
		assertThat(violations(() -> claimed
			.decide(new Decision(Outcome.REJECTED, List.of(), List.of(), claimed.version()), REVIEWER, NOW, CATALOGUE)))
			.containsExactly("reasons:REASON_REQUIRED");
	}

	@Test
	void R_APP_5_someItemsNowTheRestLaterThenTheCaseIsDecided() {
		ReviewCase claimed = applicationCase().claim(REVIEWER);
		Reason notVerifiable = new Reason("brand:0", "TRADEMARK_NOT_VERIFIABLE", null);

		ReviewCase.Decided brand = claimed.decide(new Decision(null, List.of(),
				List.of(new Decision.ItemOutcome("brand:0", Outcome.REJECTED, List.of(notVerifiable))),
				claimed.version()), REVIEWER, NOW, CATALOGUE);

		ReviewCase partly = brand.reviewCase();
		assertThat(partly.status()).isEqualTo(ReviewCase.Status.OPEN);
		assertThat(partly.outcome()).isNull();
		assertThat(partly.decidedBy()).isNull();
		assertThat(partly.assignee()).isEqualTo(REVIEWER);
		assertThat(brand.decidedNow()).extracting(CaseDecided.ItemDecision::ref).containsExactly("brand:0");
		assertThat(partly.undecidedItems()).extracting(ReviewCase.Item::ref).containsExactly("category:shoes");
		assertThat(partly.nextDueBy()).as("the brand is decided: the case's own deadline is next").isEqualTo(CASE_DUE);
		assertThat(code(() -> partly.decide(new Decision(null, List.of(),
				List.of(new Decision.ItemOutcome("brand:0", Outcome.APPROVED, List.of())), partly.version()), REVIEWER,
				NOW, CATALOGUE)))
			.isEqualTo("ITEM_ALREADY_DECIDED");

		ReviewCase decided = partly.decide(approve(partly.version()), REVIEWER, NOW.plusSeconds(60), CATALOGUE)
			.reviewCase();

		assertThat(decided.status()).isEqualTo(ReviewCase.Status.DECIDED);
		assertThat(decided.outcome()).as("rejected when any item is").isEqualTo(Outcome.REJECTED);
		assertThat(decided.items()).extracting((i) -> i.ref() + ":" + i.outcome())
			.containsExactly("category:shoes:APPROVED", "brand:0:REJECTED");
		assertThat(decided.reasons()).containsExactly(notVerifiable);
	}

	@Test
	void R_APP_6_itemDecisionsNameKnownItemsOnce() {
		ReviewCase claimed = applicationCase().claim(REVIEWER);

		assertThat(violations(() -> claimed.decide(
				new Decision(null, List.of(),
						List.of(new Decision.ItemOutcome("brand:7", Outcome.APPROVED, List.of()),
								new Decision.ItemOutcome("brand:0", Outcome.APPROVED, List.of()),
								new Decision.ItemOutcome("brand:0", Outcome.APPROVED, List.of()),
								new Decision.ItemOutcome("category:shoes", null, List.of())),
						claimed.version()),
				REVIEWER, NOW, CATALOGUE)))
			.containsExactly("items[0].ref:UNKNOWN_ITEM", "items[2].ref:ITEM_DECIDED_TWICE",
					"items[3].outcome:REQUIRED");
		ReviewCase identity = identityCase().claim(REVIEWER);
		assertThat(violations(() -> identity.decide(new Decision(null, List.of(),
				List.of(new Decision.ItemOutcome("brand:0", Outcome.APPROVED, List.of())), identity.version()),
				REVIEWER, NOW, CATALOGUE)))
			.containsExactly("items:ITEMS_NOT_DECIDABLE");
	}

	@Test
	void aCaseEscalatesOncePastItsNextDeadline() {
		ReviewCase opened = applicationCase();

		assertThat(code(() -> opened.escalate(BRAND_DUE.minusSeconds(1)))).isEqualTo("CASE_NOT_DUE");
		ReviewCase escalated = opened.escalate(BRAND_DUE);

		assertThat(escalated.escalatedAt()).isEqualTo(BRAND_DUE);
		assertThat(escalated.version()).isEqualTo(opened.version() + 1);
		assertThat(escalated.overdueItems(BRAND_DUE)).extracting(ReviewCase.Item::ref).containsExactly("brand:0");
		assertThat(code(() -> escalated.escalate(CASE_DUE))).isEqualTo("CASE_ESCALATED");
	}

	@Test
	void aResubmissionIsTheNextAttemptKeptFromTheReviewerWhoRejected() {
		ReviewCase claimed = identityCase().claim(REVIEWER);
		ReviewCase rejected = claimed
			.decide(new Decision(Outcome.REJECTED, List.of(BLURRED), List.of(), claimed.version()), REVIEWER, NOW,
					CATALOGUE)
			.reviewCase();

		ReviewCase resubmitted = ReviewCase.opened(UUID.randomUUID(), request(Queue.IDENTITY, List.of()), rejected,
				NOW.plusSeconds(3600), CASE_DUE, List.of());

		assertThat(resubmitted.attempt()).isEqualTo(2);
		assertThat(resubmitted.previousCaseId()).isEqualTo(rejected.id());
		assertThat(resubmitted.excludedReviewer()).isEqualTo(REVIEWER);
		assertThat(resubmitted.status()).isEqualTo(ReviewCase.Status.OPEN);
	}

	private static Decision approve(Long version) {
		return new Decision(Outcome.APPROVED, List.of(), List.of(), version);
	}

	private static ReviewCase identityCase() {
		return ReviewCase.opened(UUID.randomUUID(), request(Queue.IDENTITY, List.of()), null, NOW, CASE_DUE, List.of());
	}

	private static ReviewCase applicationCase() {
		List<ReviewCase.Item> items = List.of(
				new ReviewCase.Item("category:shoes", CASE_DUE, null, List.of(), null, null),
				new ReviewCase.Item("brand:0", BRAND_DUE, null, List.of(), null, null));
		return ReviewCase.opened(UUID.randomUUID(), request(Queue.APPLICATION, List.of("category:shoes", "brand:0")),
				null, NOW, CASE_DUE, items);
	}

	private static ReviewDesk.OpenCase request(Queue queue, List<String> items) {
		return new ReviewDesk.OpenCase(queue, queue.name().toLowerCase() + ":" + UUID.randomUUID(), UUID.randomUUID(),
				"cn10000000000009", new ReviewSubject(List.of(), List.of(), List.of(), items, List.of()));
	}

	private static String code(Runnable step) {
		try {
			step.run();
		}
		catch (ConflictException ex) {
			return ex.code();
		}
		throw new AssertionError("the step was not refused");
	}

	private static List<String> violations(Runnable step) {
		try {
			step.run();
		}
		catch (RuleViolationException ex) {
			return ex.violations().stream().map(ReviewCaseTransitionsTests::describe).toList();
		}
		throw new AssertionError("the step was not refused");
	}

	private static String describe(Violation violation) {
		return violation.field() + ":" + violation.code();
	}

}
