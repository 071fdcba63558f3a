package io.kaidian.settlement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.review.Reason;

/**
 * The application as {@code GET /api/v1/me/application} shows it.
 *
 * @param applicationId the application (one per account)
 * @param attempt 1, then 2 after the first rejection, …
 * @param status where it stands
 * @param salesPlan the plan chosen
 * @param storeType the store type chosen
 * @param businessScope the scope's code
 * @param categories the category codes, in the seller's order
 * @param brands the brands, by index
 * @param noBrand whether "no brand" was chosen
 * @param items every category and brand with its own status and reasons
 * @param documents every document uploaded
 * @param reasons why the last decision rejected it: every rejected item's reasons
 * @param expectedDecisionBy when the review is expected to decide (R-APP-6)
 * @param version moves with every change
 */
public record ApplicationView(UUID applicationId, int attempt, ApplicationStatus status, @Nullable SalesPlan salesPlan,
		@Nullable StoreType storeType, @Nullable String businessScope, List<String> categories, List<BrandView> brands,
		boolean noBrand, List<Item> items, List<DocumentStatus> documents, List<Reason> reasons,
		@Nullable Instant expectedDecisionBy, long version) {

	/** The item with that reference, if the application has it. */
	public java.util.Optional<Item> item(String ref) {
		return this.items.stream().filter((i) -> i.ref().equals(ref)).findFirst();
	}

	/**
	 * One item, decided on its own (R-APP-4, R-APP-5, R-APP-6).
	 *
	 * @param type {@code CATEGORY} or {@code BRAND}
	 * @param ref {@code category:<code>} or {@code brand:<index>}
	 * @param status where it stands
	 * @param reasons why it was rejected (or expired)
	 * @param locked approved: it can no longer change (PRODUCT.md §4.2)
	 * @param expiresAt when an approved TM-status mark lapses (PRODUCT.md §4.6)
	 */
	public record Item(String type, String ref, ItemStatus status, List<Reason> reasons, boolean locked,
			@Nullable Instant expiresAt) {
	}

}
