package io.kaidian.settlement;

import org.jspecify.annotations.Nullable;

/**
 * What an operator sets a plan's terms to.
 *
 * @param nameEn its English name, 1–80 characters
 * @param nameZh its Chinese name, 1–40 characters
 * @param productLimit how many products a store on it may list, at least 1
 * @param individualBusinessAllowed whether an individual business may choose it at
 * application
 * @param upgrade what an individual business must reach to upgrade to it; required
 * exactly when {@code individualBusinessAllowed} is false
 */
public record PlanChange(@Nullable String nameEn, @Nullable String nameZh, @Nullable Integer productLimit,
		@Nullable Boolean individualBusinessAllowed, @Nullable UpgradeChange upgrade) {
}
