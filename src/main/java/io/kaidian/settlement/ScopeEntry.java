package io.kaidian.settlement;

import java.util.List;
import java.util.Map;

import io.kaidian.platform.money.Money;

/**
 * A business scope as operators see it.
 *
 * @param code the scope's code
 * @param nameEn its English name
 * @param nameZh its Chinese name
 * @param annualFees the annual technical service fee per plan
 * @param deposit the deposit
 * @param storeTypes the store types it offers
 * @param position where it stands in the list, lowest first
 * @param active whether sellers see it
 * @param categories all its categories, active or not, in display order
 */
public record ScopeEntry(String code, String nameEn, String nameZh, Map<SalesPlan, Money> annualFees, Money deposit,
		List<StoreType> storeTypes, int position, boolean active, List<CategoryEntry> categories) {

	public ScopeEntry {
		annualFees = Map.copyOf(annualFees);
		storeTypes = List.copyOf(storeTypes);
		categories = List.copyOf(categories);
	}

	ScopeEntry withoutCategories() {
		return new ScopeEntry(this.code, this.nameEn, this.nameZh, this.annualFees, this.deposit, this.storeTypes,
				this.position, this.active, List.of());
	}

}
