package io.kaidian.settlement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the seller enters ({@code PUT /api/v1/me/application}), the whole application each
 * time (PUT semantics): what is given must be valid at once, what is missing may come
 * later and is asked for at submission.
 *
 * @param salesPlan basic or standard (R-APP-2)
 * @param storeType official, specialty, exclusive or general (R-APP-3)
 * @param businessScope the code of the one business scope (R-APP-4)
 * @param categories the codes of the categories applied for, within the scope (R-APP-4)
 * @param brands the brands, in order; a brand's index is its reference
 * ({@code brand:<index>}) (R-APP-5)
 * @param noBrand "no brand": a general store's goods are unbranded (R-APP-3)
 */
public record ApplicationForm(@Nullable SalesPlan salesPlan, @Nullable StoreType storeType,
		@Nullable String businessScope, @Nullable List<String> categories, @Nullable List<BrandForm> brands,
		@Nullable Boolean noBrand) {

	/** The categories given, never {@code null}. */
	public List<String> categoryCodes() {
		return this.categories != null ? this.categories : List.of();
	}

	/** The brands given, never {@code null}. */
	public List<BrandForm> brandForms() {
		return this.brands != null ? this.brands : List.of();
	}

	/** Whether "no brand" was chosen. */
	public boolean unbranded() {
		return Boolean.TRUE.equals(this.noBrand);
	}

}
