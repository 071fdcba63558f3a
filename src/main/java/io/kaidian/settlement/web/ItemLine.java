package io.kaidian.settlement.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A category or brand on the review step (R-APP-6).
 *
 * @param ref its reference
 * @param type CATEGORY or BRAND
 * @param name its name
 * @param detail the trademark, for a brand
 * @param status its status, once submitted
 * @param locked approved
 * @param reasons why it was rejected
 * @param expires when an approved TM mark lapses, in words
 */
record ItemLine(String ref, String type, String name, @Nullable String detail, @Nullable String status, boolean locked,
		List<ReasonLine> reasons, @Nullable String expires) {
}
