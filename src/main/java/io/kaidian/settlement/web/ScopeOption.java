package io.kaidian.settlement.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A business scope (R-APP-4, R-FEE-1).
 *
 * @param code its code
 * @param name its name
 * @param fees the annual fee per plan, in words
 * @param deposit its deposit
 * @param storeTypes the store types it offers, in words
 * @param categories its categories' names
 * @param allowed whether it offers the chosen store type
 * @param note why not
 */
record ScopeOption(String code, String name, List<String> fees, String deposit, List<String> storeTypes,
		List<String> categories, boolean allowed, @Nullable String note) {
}
