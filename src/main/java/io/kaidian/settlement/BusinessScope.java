package io.kaidian.settlement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kaidian.platform.money.Money;

/**
 * A business scope (major category) with its categories, the store types it offers and
 * its fees (R-APP-4, R-FEE-1). An account operates exactly one.
 *
 * @param code the scope's code, e.g. {@code APPAREL}
 * @param nameEn its English name
 * @param nameZh its Chinese name
 * @param annualFees the annual technical service fee per sales plan, in CNY
 * @param deposit the deposit, in CNY
 * @param categories its categories, in display order
 * @param storeTypes the store types it offers
 */
public record BusinessScope(String code, String nameEn, String nameZh, Map<SalesPlan, Money> annualFees, Money deposit,
		List<Category> categories, List<StoreType> storeTypes) {

	public BusinessScope {
		annualFees = Map.copyOf(annualFees);
		categories = List.copyOf(categories);
		storeTypes = List.copyOf(storeTypes);
	}

	/** The name in the given language (Chinese for any {@code zh} locale). */
	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

	/** The category of this scope with that code. */
	public Optional<Category> category(String code) {
		return this.categories.stream().filter((c) -> c.code().equals(code)).findFirst();
	}

	/** Whether sellers may open this store type in this scope. */
	public boolean offers(StoreType storeType) {
		return this.storeTypes.contains(storeType);
	}

	/** The annual fee of a plan. */
	public Money annualFee(SalesPlan plan) {
		return this.annualFees.get(plan);
	}

}
