package io.kaidian.settlement.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.Violation;
import io.kaidian.settlement.ApplicationForm;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.ItemRef;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.StoreType;

/**
 * The application as the pages edit it: strings, so that what was typed comes back as
 * typed when it is refused.
 *
 * @param salesPlan the plan's name
 * @param storeType the store type's name
 * @param businessScope the scope's code
 * @param categories the category codes
 * @param brands the brand rows
 * @param noBrand "no brand"
 * @param locked the fields and items that may not change (approved)
 */
record PageForm(@Nullable String salesPlan, @Nullable String storeType, @Nullable String businessScope,
		List<String> categories, List<BrandRow> brands, boolean noBrand, Set<String> locked) implements Serializable {

	static PageForm of(@Nullable ApplicationView view) {
		if (view == null) {
			return new PageForm(null, null, null, List.of(), List.of(), false, Set.of());
		}
		return new PageForm(view.salesPlan() != null ? view.salesPlan().name() : null,
				view.storeType() != null ? view.storeType().name() : null, view.businessScope(),
				List.copyOf(view.categories()), view.brands().stream().map(BrandRow::of).toList(), view.noBrand(),
				Set.of());
	}

	PageForm withLocked(Set<String> locked) {
		return new PageForm(this.salesPlan, this.storeType, this.businessScope, this.categories, this.brands,
				this.noBrand, Set.copyOf(locked));
	}

	PageForm withSalesPlan(@Nullable SalesPlan plan) {
		return new PageForm(plan != null ? plan.name() : null, this.storeType, this.businessScope, this.categories,
				this.brands, this.noBrand, this.locked);
	}

	PageForm withStoreType(@Nullable StoreType type) {
		return new PageForm(this.salesPlan, type != null ? type.name() : null, this.businessScope, this.categories,
				this.brands, this.noBrand, this.locked);
	}

	PageForm withBusinessScope(@Nullable String scope) {
		return new PageForm(this.salesPlan, this.storeType, scope, this.categories, this.brands, this.noBrand,
				this.locked);
	}

	PageForm withCategories(List<String> categories) {
		return new PageForm(this.salesPlan, this.storeType, this.businessScope, List.copyOf(categories), this.brands,
				this.noBrand, this.locked);
	}

	/** The posted rows; an approved (locked) brand keeps its saved row. */
	PageForm withBrands(List<BrandRow> rows, boolean noBrand) {
		List<BrandRow> merged = new ArrayList<>(rows);
		for (int i = 0; i < this.brands.size(); i++) {
			if (this.locked.contains(ItemRef.brand(i).key())) {
				if (i < merged.size()) {
					merged.set(i, this.brands.get(i));
				}
				else {
					merged.add(this.brands.get(i));
				}
			}
		}
		return new PageForm(this.salesPlan, this.storeType, this.businessScope, this.categories, List.copyOf(merged),
				this.locked.contains("noBrand") ? this.noBrand : noBrand, this.locked);
	}

	/** What the service cannot be asked: a class that is not a number. */
	List<Violation> unreadable() {
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < this.brands.size(); i++) {
			String value = this.brands.get(i).trademarkClass();
			if (value != null && !value.isBlank() && BrandRow.number(value) == null) {
				violations.add(Violation.of("brands[" + i + "].trademarkClass", "OUT_OF_RANGE"));
			}
		}
		return violations;
	}

	ApplicationForm toApplicationForm() {
		return new ApplicationForm(ApplicationPageText.parse(SalesPlan.class, this.salesPlan),
				ApplicationPageText.parse(StoreType.class, this.storeType), this.businessScope, this.categories,
				this.brands.stream().map(BrandRow::toBrandForm).toList(), this.noBrand);
	}

}
