package io.kaidian.settlement.web;

import org.jspecify.annotations.Nullable;

/**
 * A sales plan as offered to this seller (R-APP-2).
 *
 * @param code BASIC or STANDARD
 * @param name its name
 * @param productLimit how many products it allows
 * @param allowed whether this seller may choose it now
 * @param notAllowed why not
 * @param upgrade the individual business's upgrade conditions, if any
 * @param annualFee the annual fee in the chosen scope, if one is chosen
 */
record PlanOption(String code, String name, int productLimit, boolean allowed, @Nullable String notAllowed,
		@Nullable String upgrade, @Nullable String annualFee) {
}
