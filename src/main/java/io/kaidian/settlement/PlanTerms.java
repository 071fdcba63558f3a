package io.kaidian.settlement;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;

/**
 * What a sales plan gives and who may choose it (R-APP-2), operator data.
 *
 * @param plan the plan
 * @param nameEn its English name
 * @param nameZh its Chinese name
 * @param productLimit how many products a store on this plan may list
 * @param individualBusinessAllowed whether an individual business may choose it at
 * application (enterprises choose freely)
 * @param upgrade what an individual business must reach to upgrade to it, if it cannot
 * choose it at once
 */
public record PlanTerms(SalesPlan plan, String nameEn, String nameZh, int productLimit,
		boolean individualBusinessAllowed, @Nullable UpgradeConditions upgrade) {

	/** The name in the given language (Chinese for any {@code zh} locale). */
	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

	/**
	 * The conditions an individual business on the basic plan must meet to upgrade
	 * (R-APP-2, config).
	 *
	 * @param minMonthsOnBasic months since its store opened on the basic plan
	 * @param minCompletedOrders completed orders in that time
	 * @param minSales sales in that time
	 */
	public record UpgradeConditions(int minMonthsOnBasic, int minCompletedOrders, Money minSales) {
	}

}
