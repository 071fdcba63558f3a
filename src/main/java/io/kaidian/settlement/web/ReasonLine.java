package io.kaidian.settlement.web;

import org.jspecify.annotations.Nullable;

/**
 * A reason of a rejection as the seller reads it (PRODUCT.md §4.1).
 *
 * @param field the rejected item
 * @param label its name
 * @param code the reason's code
 * @param text what is wrong
 * @param howToFix how to fix it
 * @param note the reviewer's note
 */
record ReasonLine(String field, String label, String code, String text, @Nullable String howToFix,
		@Nullable String note) {
}
