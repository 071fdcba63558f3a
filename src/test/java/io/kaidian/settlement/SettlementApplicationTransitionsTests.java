package io.kaidian.settlement;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.review.CaseDecided.ItemDecision;
import io.kaidian.review.Outcome;
import io.kaidian.review.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settlement application owns its workflow (R-APP-5, R-APP-6, PRODUCT.md §4.2, §4.6):
 * each transition checks the state it starts from, items are decided one by one.
 */
class SettlementApplicationTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	private static final Period TM_VALIDITY = Period.ofMonths(6);

	private static final Reason NOT_ELIGIBLE = new Reason("category:shoes", "CATEGORY_NOT_ELIGIBLE", null);

	private static final Brand REGISTERED = new Brand("Westlake Loom", "12345678", TrademarkStatus.REGISTERED,
			Ownership.OWNED, 25, "杭州小明茶业有限公司");

	private static final Brand TM = new Brand("Moonfield", "87654321", TrademarkStatus.TM, Ownership.OWNED, 25,
			"杭州小明茶业有限公司");

	@Test
	void aSubmittedDraftSendsEveryItemToReview() {
		UUID review = UUID.randomUUID();

		SettlementApplication submitted = draft().submitted(review, NOW.plusSeconds(86_400));

		assertThat(submitted.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
		assertThat(submitted.reviewCaseId()).isEqualTo(review);
		assertThat(submitted.expectedDecisionBy()).isEqualTo(NOW.plusSeconds(86_400));
		assertThat(submitted.items()).extracting(ApplicationItem::status).containsOnly(ItemStatus.IN_REVIEW);
	}

	@Test
	void R_APP_6_decidedApprovesWhenEveryItemIsApprovedAndStartsTheTmMarksValidity() {
		SettlementApplication approved = inReview().decided(
				List.of(approve("category:shoes"), approve("brand:0"), approve("brand:1")), Map.of(), NOW, TM_VALIDITY);

		assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(approved.approvedAt()).isEqualTo(NOW);
		assertThat(approved.reasons()).isEmpty();
		assertThat(approved.items()).allMatch(ApplicationItem::locked);
		assertThat(approved.item(ItemRef.brand(0)).orElseThrow().expiresAt()).isNull();
		assertThat(approved.item(ItemRef.brand(1)).orElseThrow().expiresAt())
			.isEqualTo(Instant.parse("2027-05-25T02:00:00Z"));
		assertThat(approved.approvedEvent().brands()).hasSize(2);
	}

	@Test
	void R_APP_6_decidedRejectsWithEveryRejectedItemsReasons() {
		SettlementApplication rejected = inReview()
			.decided(
					List.of(new ItemDecision("category:shoes", Outcome.REJECTED, List.of(NOT_ELIGIBLE)),
							approve("brand:0"), new ItemDecision("brand:1", Outcome.REJECTED, List.of())),
					Map.of(), NOW, TM_VALIDITY);

		assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(rejected.reasons()).containsExactly(NOT_ELIGIBLE, new Reason("brand:1", "ITEM_REJECTED", null));
		assertThat(rejected.item(ItemRef.brand(0)).orElseThrow().status()).isEqualTo(ItemStatus.APPROVED);
		assertThat(rejected.approvedAt()).isNull();
	}

	@Test
	void R_APP_5_itemsDecidedAheadOfTheRestKeepTheApplicationInReviewAndApplyOnce() {
		SettlementApplication inReview = inReview();
		UUID review = inReview.reviewCaseId();

		SettlementApplication early = inReview.itemsDecided(review, List.of(approve("brand:0")), Map.of());
		SettlementApplication again = early.itemsDecided(review,
				List.of(new ItemDecision("brand:0", Outcome.REJECTED, List.of())), Map.of());

		assertThat(early.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
		assertThat(early.item(ItemRef.brand(0)).orElseThrow().status()).isEqualTo(ItemStatus.APPROVED);
		assertThat(early.item(ItemRef.category("shoes")).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);
		assertThat(again).isEqualTo(early);
		assertThatThrownBy(() -> inReview.itemsDecided(UUID.randomUUID(), List.of(approve("brand:0")), Map.of()))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);
	}

	@Test
	void R_APP_5_theCompleteDecisionKeepsAnAgreeingEarlyDecisionAndOverrulesAContradictingOne() {
		SettlementApplication inReview = inReview();
		SettlementApplication early = inReview.itemsDecided(inReview.reviewCaseId(),
				List.of(approve("brand:0"), approve("brand:1")), Map.of());
		ApplicationItem brand0 = early.item(ItemRef.brand(0)).orElseThrow();

		SettlementApplication decided = early.decided(List.of(approve("category:shoes"), approve("brand:0"),
				new ItemDecision("brand:1", Outcome.REJECTED, List.of())), Map.of(), NOW, TM_VALIDITY);

		assertThat(decided.item(ItemRef.brand(0)).orElseThrow()).isEqualTo(brand0);
		assertThat(decided.item(ItemRef.brand(1)).orElseThrow().status()).isEqualTo(ItemStatus.REJECTED);
		assertThat(decided.status()).isEqualTo(ApplicationStatus.REJECTED);
	}

	@Test
	void R_APP_6_aRejectedApplicationReopensAsTheNextAttemptWithApprovedItemsLocked() {
		SettlementApplication rejected = rejectedWithBrand0Approved();

		SettlementApplication reopened = rejected.reopened();

		assertThat(reopened.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(reopened.attempt()).isEqualTo(2);
		assertThat(reopened.expectedDecisionBy()).isNull();
		assertThat(reopened.approvedBrandIndexes()).containsExactly(0);
		assertThat(reopened.lockedFields()).containsExactly("salesPlan", "storeType", "businessScope", "noBrand",
				"brand:0");
		assertThatThrownBy(() -> reopened.item(ItemRef.brand(0)).orElseThrow().changed(TM, 0))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);
	}

	@Test
	void approvedAsIsOnlyWhenNothingIsLeftToReview() {
		SettlementApplication reopened = rejectedWithBrand0Approved().reopened();
		assertThatThrownBy(() -> reopened.approvedAsIs(NOW, TM_VALIDITY))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);

		// the seller removed every rejected item: what is left was approved before
		SettlementApplication onlyApproved = reopened.edited(reopened.salesPlan(), reopened.storeType(),
				reopened.businessScope(), false, List.of(reopened.item(ItemRef.brand(0)).orElseThrow()));
		SettlementApplication approved = onlyApproved.approvedAsIs(NOW, TM_VALIDITY);

		assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(approved.approvedAt()).isEqualTo(NOW);
	}

	@Test
	void PRODUCT_4_6_aLapsedTmMarkExpiresItsItemAndTheApplicationStaysApproved() {
		SettlementApplication approved = inReview().decided(
				List.of(approve("category:shoes"), approve("brand:0"), approve("brand:1")), Map.of(), NOW, TM_VALIDITY);
		Reason lapsed = new Reason("brand:1", "TM_MARK_EXPIRED", null);

		SettlementApplication expired = approved.itemExpired(ItemRef.brand(1), lapsed);

		assertThat(expired.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(expired.item(ItemRef.brand(1)).orElseThrow().status()).isEqualTo(ItemStatus.EXPIRED);
		assertThat(expired.item(ItemRef.brand(1)).orElseThrow().reasons()).containsExactly(lapsed);
		assertThatThrownBy(() -> inReview().itemExpired(ItemRef.brand(1), lapsed))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		SettlementApplication draft = draft();
		SettlementApplication inReview = inReview();

		assertThatThrownBy(() -> draft.decided(List.of(), Map.of(), NOW, TM_VALIDITY))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);
		assertThatThrownBy(draft::reopened).isInstanceOf(SettlementApplication.StepNotAllowedException.class);
		assertThatThrownBy(() -> inReview.submitted(UUID.randomUUID(), NOW))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);
		assertThatThrownBy(() -> inReview.edited(null, null, null, false, List.of()))
			.isInstanceOf(SettlementApplication.StepNotAllowedException.class);
		assertThatThrownBy(inReview::requireEditable).isInstanceOf(ConflictException.class)
			.hasMessageStartingWith("APPLICATION_SUBMITTED");
		assertThat(draft.editable()).isTrue();
		assertThat(inReview.editable()).isFalse();
	}

	private static ItemDecision approve(String ref) {
		return new ItemDecision(ref, Outcome.APPROVED, List.of());
	}

	private static SettlementApplication draft() {
		SettlementApplication started = SettlementApplication.start(UUID.randomUUID(), "cn10000000000009");
		return started.edited(SalesPlan.STANDARD, StoreType.EXCLUSIVE, "APPAREL", false,
				List.of(ApplicationItem.newCategory("shoes", 0), ApplicationItem.newBrand(0, REGISTERED),
						ApplicationItem.newBrand(1, TM)));
	}

	private static SettlementApplication inReview() {
		return draft().submitted(UUID.randomUUID(), NOW.plusSeconds(86_400));
	}

	private static SettlementApplication rejectedWithBrand0Approved() {
		return inReview()
			.decided(
					List.of(new ItemDecision("category:shoes", Outcome.REJECTED, List.of(NOT_ELIGIBLE)),
							approve("brand:0"), new ItemDecision("brand:1", Outcome.REJECTED, List.of())),
					Map.of(), NOW, TM_VALIDITY);
	}

}
