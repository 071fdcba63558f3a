package io.kaidian.review;

import org.jspecify.annotations.Nullable;

/**
 * A coded reason for refusing an item (PRODUCT.md §4.1): the code from the catalogue, the
 * item it concerns and the reviewer's note.
 *
 * @param field the rejected item: a document kind ({@code ID_FRONT}),
 * {@code category:<code>}, {@code brand:<index>}, or a data field such as
 * {@code personName}
 * @param code a code of the reason catalogue
 * @param message the reviewer's note to the seller, if any
 */
public record Reason(String field, String code, @Nullable String message) {
}
