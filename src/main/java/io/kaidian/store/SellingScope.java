package io.kaidian.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.StoreType;

/**
 * What a seller's approved settlement application lets its store sell (R-APP, R-OPEN-1):
 * the categories and brands still approved (an expired TM mark is no longer), the store
 * type and the plan's product limit.
 *
 * @param storeType the approved store type
 * @param salesPlan the approved plan
 * @param productLimit the plan's product limit (R-APP-2, operator data)
 * @param categories approved category codes
 * @param categoriesAllowingNoBrand those of them that allow unbranded goods
 * @param brands approved brand names
 * @param noBrand whether the store sells unbranded goods
 */
public record SellingScope(StoreType storeType, SalesPlan salesPlan, int productLimit, Set<String> categories,
		Set<String> categoriesAllowingNoBrand, List<String> brands, boolean noBrand) {

	public SellingScope {
		categories = Set.copyOf(categories);
		categoriesAllowingNoBrand = Set.copyOf(categoriesAllowingNoBrand);
		brands = List.copyOf(brands);
	}

	/** The approved brand of that name, compared case-insensitively, as approved. */
	public Optional<String> brand(@Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		String folded = StoreNames.fold(name);
		return this.brands.stream().filter((b) -> StoreNames.fold(b).equals(folded)).findFirst();
	}

	/** Whether a product of this category may be sold without a brand. */
	public boolean unbrandedAllowed(String category) {
		return this.noBrand || this.categoriesAllowingNoBrand.contains(category);
	}

	boolean official() {
		return this.storeType == StoreType.OFFICIAL;
	}

}
