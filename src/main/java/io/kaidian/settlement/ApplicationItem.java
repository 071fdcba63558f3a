package io.kaidian.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.review.Outcome;
import io.kaidian.review.Reason;

/**
 * One item of an application: a category or a brand, decided on its own (R-APP-4…6).
 *
 * @param ref which category or brand it is
 * @param position its place among the items of its type
 * @param status where it stands
 * @param reasons why it was rejected or expired
 * @param categoryCode the category, for a category item
 * @param brand the brand, for a brand item
 * @param decided the item as its last decision saw it
 * @param expiresAt when an approved TM-status mark lapses
 * @param remindedAt when the seller was reminded of that
 */
record ApplicationItem(ItemRef ref, int position, ItemStatus status, List<Reason> reasons,
		@Nullable String categoryCode, @Nullable Brand brand, @Nullable Decided decided, @Nullable Instant expiresAt,
		@Nullable Instant remindedAt) {

	static final String CATEGORY = "CATEGORY";

	static final String BRAND = "BRAND";

	static ApplicationItem newCategory(String code, int position) {
		return new ApplicationItem(ItemRef.category(code), position, ItemStatus.DRAFT, List.of(), code, null, null,
				null, null);
	}

	static ApplicationItem newBrand(int index, Brand brand) {
		return new ApplicationItem(ItemRef.brand(index), index, ItemStatus.DRAFT, List.of(), null, brand, null, null,
				null);
	}

	/**
	 * Its reference as written on the wire: {@code category:<code>},
	 * {@code brand:<index>}.
	 */
	String key() {
		return this.ref.key();
	}

	/** The item as the seller's message names it: its key, and a brand's name. */
	String label() {
		return (this.brand != null && this.brand.name() != null) ? key() + " (" + this.brand.name() + ")" : key();
	}

	String type() {
		return this.categoryCode != null ? CATEGORY : BRAND;
	}

	/** Approved (or approved and since expired): locked for good (PRODUCT.md §4.2). */
	boolean locked() {
		return this.status == ItemStatus.APPROVED || this.status == ItemStatus.EXPIRED;
	}

	/** Whether the next review decides it: everything not approved. */
	boolean toReview() {
		return !locked();
	}

	/** The seller changed the brand: back to draft, the old reasons answered. */
	ApplicationItem changed(Brand next, int position) {
		requireUnlocked();
		return new ApplicationItem(this.ref, position, ItemStatus.DRAFT, List.of(), this.categoryCode, next,
				this.decided, null, null);
	}

	ApplicationItem moved(int position) {
		return new ApplicationItem(this.ref, position, this.status, this.reasons, this.categoryCode, this.brand,
				this.decided, this.expiresAt, this.remindedAt);
	}

	/** Submitted for review. */
	ApplicationItem submitted() {
		requireUnlocked();
		return with(ItemStatus.IN_REVIEW, List.of(), this.decided, null);
	}

	/** Approved by a reviewer. */
	ApplicationItem approved(Decided as) {
		require(ItemStatus.IN_REVIEW);
		return with(ItemStatus.APPROVED, List.of(), as, null);
	}

	/** Rejected by a reviewer, with coded reasons (R-APP-6). */
	ApplicationItem rejected(List<Reason> why, Decided as) {
		require(ItemStatus.IN_REVIEW);
		if (why.isEmpty()) {
			throw new IllegalArgumentException("A rejection names its reasons");
		}
		return with(ItemStatus.REJECTED, List.copyOf(why), as, null);
	}

	/** Whether a reviewer decided it with this outcome (approved or rejected). */
	boolean decidedAs(Outcome outcome) {
		return this.status == ((outcome == Outcome.APPROVED) ? ItemStatus.APPROVED : ItemStatus.REJECTED);
	}

	/**
	 * Decided ahead of the rest of its review (R-APP-5) and named otherwise by the
	 * complete decision, which prevails: back in review, to be decided again at once. The
	 * review desk refuses to re-decide an item, so this only guards against a
	 * contradiction.
	 */
	ApplicationItem overruled() {
		if (this.status != ItemStatus.APPROVED && this.status != ItemStatus.REJECTED) {
			throw new SettlementApplication.StepNotAllowedException(key() + ":" + this.status);
		}
		return new ApplicationItem(this.ref, this.position, ItemStatus.IN_REVIEW, List.of(), this.categoryCode,
				this.brand, this.decided, null, this.remindedAt);
	}

	/** A TM-status mark of an approved brand starts its validity (PRODUCT.md §4.6). */
	ApplicationItem valid(Instant until) {
		require(ItemStatus.APPROVED);
		return with(ItemStatus.APPROVED, this.reasons, this.decided, until);
	}

	/** The approved TM-status mark lapsed (PRODUCT.md §4.6). */
	ApplicationItem expired(Reason why) {
		require(ItemStatus.APPROVED);
		return with(ItemStatus.EXPIRED, List.of(why), this.decided, this.expiresAt);
	}

	private ApplicationItem with(ItemStatus next, List<Reason> why, @Nullable Decided as, @Nullable Instant expires) {
		return new ApplicationItem(this.ref, this.position, next, why, this.categoryCode, this.brand, as,
				expires != null ? expires : this.expiresAt, this.remindedAt);
	}

	private void requireUnlocked() {
		if (locked()) {
			throw new SettlementApplication.StepNotAllowedException(key() + ":" + this.status);
		}
	}

	private void require(ItemStatus expected) {
		if (this.status != expected) {
			throw new SettlementApplication.StepNotAllowedException(key() + ":" + this.status);
		}
	}

	/**
	 * The item as a decision saw it: the brand's data and the ids of its documents.
	 *
	 * @param brand the brand, for a brand item
	 * @param documents document kind → stored document id
	 */
	record Decided(@Nullable Brand brand, Map<String, UUID> documents) {
	}

}
