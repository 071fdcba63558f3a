package io.kaidian.settlement;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.review.CaseDecided;
import io.kaidian.review.Outcome;
import io.kaidian.review.Reason;

/**
 * A seller's settlement application (R-APP-1…6): one per account, its items decided one
 * by one. The aggregate owns its workflow: each transition checks the state it starts
 * from.
 *
 * <pre>
 * DRAFT ──submitted──► IN_REVIEW ──decided──► APPROVED
 *   ▲                    │  ▲            └──► REJECTED ──reopened──► DRAFT (attempt + 1)
 *                        └──┘ itemsDecided: some items ahead of the rest (R-APP-5)
 * </pre>
 *
 * @param id the application
 * @param sellerId the account
 * @param memberId its member ID
 * @param attempt 1, then one more after each rejection
 * @param status where it stands
 * @param salesPlan the plan
 * @param storeType the store type
 * @param businessScope the scope's code
 * @param noBrand "no brand" (general store)
 * @param items the categories, then the brands, each in its order
 * @param reviewCaseId the review desk's case of the latest submission
 * @param expectedDecisionBy when that review is expected to decide
 * @param reasons the reasons of the latest rejection
 * @param approvedAt when every item was approved
 * @param version optimistic lock
 */
record SettlementApplication(UUID id, UUID sellerId, String memberId, int attempt, ApplicationStatus status,
		@Nullable SalesPlan salesPlan, @Nullable StoreType storeType, @Nullable String businessScope, boolean noBrand,
		List<ApplicationItem> items, @Nullable UUID reviewCaseId, @Nullable Instant expectedDecisionBy,
		List<Reason> reasons, @Nullable Instant approvedAt, long version) {

	SettlementApplication {
		items = List.copyOf(items);
		reasons = List.copyOf(reasons);
	}

	static SettlementApplication start(UUID sellerId, String memberId) {
		return new SettlementApplication(UUID.randomUUID(), sellerId, memberId, 1, ApplicationStatus.DRAFT, null, null,
				null, false, List.of(), null, null, List.of(), null, 0);
	}

	Optional<ApplicationItem> item(ItemRef ref) {
		return this.items.stream().filter((i) -> i.ref().equals(ref)).findFirst();
	}

	/** The item with that key ({@code brand:0}), as a review names it. */
	Optional<ApplicationItem> item(String key) {
		return this.items.stream().filter((i) -> i.key().equals(key)).findFirst();
	}

	List<ApplicationItem> categories() {
		return this.items.stream().filter((i) -> i.categoryCode() != null).toList();
	}

	List<ApplicationItem> brands() {
		return this.items.stream().filter((i) -> i.brand() != null).toList();
	}

	/** Whether any item was ever approved: plan, store type and scope are then locked. */
	boolean anyLocked() {
		return this.items.stream().anyMatch(ApplicationItem::locked);
	}

	/**
	 * {@code 409 APPLICATION_SUBMITTED} while in review, {@code 409 APPLICATION_APPROVED}
	 * once approved: only a draft or a rejected application changes.
	 */
	void requireEditable() {
		switch (this.status) {
			case IN_REVIEW -> throw new ConflictException("APPLICATION_SUBMITTED");
			case APPROVED -> throw new ConflictException("APPLICATION_APPROVED");
			default -> {
			}
		}
	}

	/** Whether the seller may save it now: a draft, or rejected. */
	boolean editable() {
		return this.status == ApplicationStatus.DRAFT || this.status == ApplicationStatus.REJECTED;
	}

	/** The indexes of the brands approved in an earlier attempt (locked, §4.2). */
	Set<Integer> approvedBrandIndexes() {
		return brands().stream()
			.filter(ApplicationItem::locked)
			.map((item) -> ((ItemRef.BrandRef) item.ref()).index())
			.collect(Collectors.toSet());
	}

	/**
	 * The fields and items the next save may not change: approved items and the plan,
	 * store type, scope and "no brand" they rest on (PRODUCT.md §4.2).
	 */
	Set<String> lockedFields() {
		if (!anyLocked()) {
			return Set.of();
		}
		Set<String> locked = new LinkedHashSet<>(List.of("salesPlan", "storeType", "businessScope", "noBrand"));
		this.items.stream().filter(ApplicationItem::locked).map(ApplicationItem::key).forEach(locked::add);
		return locked;
	}

	/** The event of an approval: what the store may sell (R-FEE-1, R-OPEN-1). */
	ApplicationApproved approvedEvent() {
		require(ApplicationStatus.APPROVED);
		List<ApprovedBrand> approved = brands().stream()
			.filter((i) -> i.status() == ItemStatus.APPROVED)
			.map((i) -> new ApprovedBrand(i.position(), i.brand().name(), i.brand().trademarkNumber(),
					i.brand().trademarkStatus(), i.brand().ownership(), i.brand().trademarkClass(), i.brand().owner(),
					i.expiresAt()))
			.toList();
		return new ApplicationApproved(this.sellerId, this.memberId, this.id,
				Objects.requireNonNull(this.businessScope), Objects.requireNonNull(this.salesPlan),
				Objects.requireNonNull(this.storeType),
				categories().stream().map(ApplicationItem::categoryCode).toList(), approved, this.noBrand,
				Objects.requireNonNull(this.approvedAt));
	}

	/** The application as a form, for the checks of a submission. */
	ApplicationForm form() {
		return new ApplicationForm(this.salesPlan, this.storeType, this.businessScope,
				categories().stream().map(ApplicationItem::categoryCode).toList(),
				brands().stream().map((b) -> b.brand().form()).toList(), this.noBrand);
	}

	/** The seller's save: new data and items. Only a draft changes. */
	SettlementApplication edited(@Nullable SalesPlan plan, @Nullable StoreType type, @Nullable String scope,
			boolean unbranded, List<ApplicationItem> next) {
		require(ApplicationStatus.DRAFT);
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt, this.status, plan, type,
				scope, unbranded, next, this.reviewCaseId, this.expectedDecisionBy, this.reasons, this.approvedAt,
				this.version);
	}

	/**
	 * After a rejection, the seller's first change opens the next attempt: approved items
	 * stay locked, the rejected ones keep their reasons until changed (R-APP-6).
	 */
	SettlementApplication reopened() {
		require(ApplicationStatus.REJECTED);
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt + 1,
				ApplicationStatus.DRAFT, this.salesPlan, this.storeType, this.businessScope, this.noBrand, this.items,
				this.reviewCaseId, null, this.reasons, this.approvedAt, this.version);
	}

	/** Submitted: every item not yet approved goes to the reviewer (R-APP-6). */
	SettlementApplication submitted(UUID reviewCase, Instant expectedBy) {
		require(ApplicationStatus.DRAFT);
		List<ApplicationItem> next = this.items.stream().map((i) -> i.toReview() ? i.submitted() : i).toList();
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt,
				ApplicationStatus.IN_REVIEW, this.salesPlan, this.storeType, this.businessScope, this.noBrand, next,
				reviewCase, expectedBy, List.of(), this.approvedAt, this.version);
	}

	/**
	 * Approved at submission without a review: the seller removed every rejected item and
	 * added none, so every item left was approved before.
	 */
	SettlementApplication approvedAsIs(Instant now, Period tmValidity) {
		require(ApplicationStatus.DRAFT);
		if (this.items.stream().anyMatch(ApplicationItem::toReview)) {
			throw new StepNotAllowedException(this.status.name());
		}
		return approved(this.items, now, tmValidity);
	}

	/**
	 * R-APP-5: the reviewer decided some items of the current review ahead of the rest
	 * (brands within their 7 working days). Each of them still in review takes its
	 * outcome and reasons now; the application stays in review with the other items. An
	 * item decided already is left as it is, so a redelivered decision changes nothing.
	 * Only the application's current review case decides its items.
	 */
	SettlementApplication itemsDecided(UUID reviewCase, List<CaseDecided.ItemDecision> decisions,
			Map<String, ApplicationItem.Decided> seen) {
		require(ApplicationStatus.IN_REVIEW);
		if (!reviewCase.equals(this.reviewCaseId)) {
			throw new StepNotAllowedException(this.status.name() + ":" + reviewCase);
		}
		List<ApplicationItem> next = new ArrayList<>();
		for (ApplicationItem item : this.items) {
			CaseDecided.ItemDecision decision = decisionOf(item, decisions);
			next.add((decision != null && item.status() == ItemStatus.IN_REVIEW) ? decide(item, decision, seen) : item);
		}
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt, this.status,
				this.salesPlan, this.storeType, this.businessScope, this.noBrand, next, this.reviewCaseId,
				this.expectedDecisionBy, this.reasons, this.approvedAt, this.version);
	}

	/**
	 * Applies the reviewer's item-by-item decision: approved when every item is, rejected
	 * with every rejected item's reasons otherwise (R-APP-6). An item decided ahead of
	 * the rest ({@link #itemsDecided}) keeps what was recorded then when the complete
	 * decision agrees; should it not, the complete decision prevails. An approval starts
	 * the validity of each approved TM-status mark (PRODUCT.md §4.6).
	 */
	SettlementApplication decided(List<CaseDecided.ItemDecision> decisions, Map<String, ApplicationItem.Decided> seen,
			Instant now, Period tmValidity) {
		require(ApplicationStatus.IN_REVIEW);
		List<ApplicationItem> next = new ArrayList<>();
		for (ApplicationItem item : this.items) {
			CaseDecided.ItemDecision decision = decisionOf(item, decisions);
			if (decision == null || (item.status() != ItemStatus.IN_REVIEW && item.decidedAs(decision.outcome()))) {
				next.add(item);
			}
			else if (item.status() == ItemStatus.IN_REVIEW) {
				next.add(decide(item, decision, seen));
			}
			else {
				next.add(decide(item.overruled(), decision, seen));
			}
		}
		if (next.stream().allMatch(ApplicationItem::locked)) {
			return approved(next, now, tmValidity);
		}
		// in review, an item is rejected only by this review: now or ahead of the rest
		List<Reason> rejected = next.stream()
			.filter((i) -> i.status() == ItemStatus.REJECTED)
			.flatMap((i) -> i.reasons().stream())
			.toList();
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt,
				ApplicationStatus.REJECTED, this.salesPlan, this.storeType, this.businessScope, this.noBrand, next,
				this.reviewCaseId, this.expectedDecisionBy, rejected, this.approvedAt, this.version);
	}

	private static CaseDecided.@Nullable ItemDecision decisionOf(ApplicationItem item,
			List<CaseDecided.ItemDecision> decisions) {
		return decisions.stream().filter((d) -> d.ref().equals(item.key())).findFirst().orElse(null);
	}

	/**
	 * One item approved, or rejected with its reasons ({@code ITEM_REJECTED} if none).
	 */
	private static ApplicationItem decide(ApplicationItem item, CaseDecided.ItemDecision decision,
			Map<String, ApplicationItem.Decided> seen) {
		ApplicationItem.Decided as = seen.getOrDefault(item.key(), new ApplicationItem.Decided(item.brand(), Map.of()));
		if (decision.outcome() == Outcome.APPROVED) {
			return item.approved(as);
		}
		List<Reason> why = decision.reasons().isEmpty() ? List.of(new Reason(item.key(), "ITEM_REJECTED", null))
				: decision.reasons();
		return item.rejected(why, as);
	}

	/**
	 * An approved TM-status mark lapsed (PRODUCT.md §4.6): its item is expired; the
	 * application stays approved.
	 */
	SettlementApplication itemExpired(ItemRef ref, Reason why) {
		require(ApplicationStatus.APPROVED);
		List<ApplicationItem> next = this.items.stream().map((i) -> i.ref().equals(ref) ? i.expired(why) : i).toList();
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt, this.status,
				this.salesPlan, this.storeType, this.businessScope, this.noBrand, next, this.reviewCaseId,
				this.expectedDecisionBy, this.reasons, this.approvedAt, this.version);
	}

	private SettlementApplication approved(List<ApplicationItem> approvedItems, Instant now, Period tmValidity) {
		Instant until = now.atZone(ZoneOffset.UTC).plus(tmValidity).toInstant();
		List<ApplicationItem> next = approvedItems.stream()
			.map((i) -> (i.status() == ItemStatus.APPROVED && i.brand() != null
					&& i.brand().trademarkStatus() == TrademarkStatus.TM && i.expiresAt() == null) ? i.valid(until) : i)
			.toList();
		return new SettlementApplication(this.id, this.sellerId, this.memberId, this.attempt,
				ApplicationStatus.APPROVED, this.salesPlan, this.storeType, this.businessScope, this.noBrand, next,
				this.reviewCaseId, this.expectedDecisionBy, List.of(), now, this.version);
	}

	private void require(ApplicationStatus... allowed) {
		for (ApplicationStatus s : allowed) {
			if (this.status == s) {
				return;
			}
		}
		throw new StepNotAllowedException(this.status.name());
	}

	/**
	 * {@code 409 APPLICATION_STEP_NOT_ALLOWED}: the application's or the item's state
	 * does not allow this step.
	 */
	static final class StepNotAllowedException extends ConflictException {

		StepNotAllowedException(String current) {
			super("APPLICATION_STEP_NOT_ALLOWED", current);
		}

	}

}
