package io.kaidian.settlement;

import org.jspecify.annotations.Nullable;

/**
 * The upgrade conditions an operator sets.
 *
 * @param minMonthsOnBasic months on the basic plan, from 0
 * @param minCompletedOrders completed orders in that time, from 0
 * @param minSales sales in that time, a CNY amount, e.g. {@code "30000.00"}
 */
public record UpgradeChange(@Nullable Integer minMonthsOnBasic, @Nullable Integer minCompletedOrders,
		@Nullable String minSales) {
}
