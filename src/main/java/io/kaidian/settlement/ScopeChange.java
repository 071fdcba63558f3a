package io.kaidian.settlement;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an operator sets a scope to.
 *
 * @param nameEn its English name, 1–80 characters
 * @param nameZh its Chinese name, 1–40 characters
 * @param annualFees the annual fee of each plan, {@code {"BASIC": "10000.00", "STANDARD":
 * "30000.00"}}
 * @param deposit the deposit, e.g. {@code "10000.00"}
 * @param storeTypes one or more of {@code OFFICIAL}, {@code SPECIALTY},
 * {@code EXCLUSIVE}, {@code GENERAL}
 * @param position where it stands, lowest first; kept (or last) when omitted
 * @param active whether sellers see it; kept (or true) when omitted
 */
public record ScopeChange(@Nullable String nameEn, @Nullable String nameZh,
		@Nullable Map<String, @Nullable String> annualFees, @Nullable String deposit,
		@Nullable List<@Nullable String> storeTypes, @Nullable Integer position, @Nullable Boolean active) {
}
