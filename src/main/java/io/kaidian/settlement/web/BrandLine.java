package io.kaidian.settlement.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A brand row with its item's state (R-APP-5).
 *
 * @param index its index
 * @param row what was entered
 * @param locked approved: read-only
 * @param status its item's status, if submitted
 * @param reasons why it was rejected
 * @param expires when an approved TM mark lapses
 */
record BrandLine(int index, BrandRow row, boolean locked, @Nullable String status, List<ReasonLine> reasons,
		@Nullable String expires) {
}
