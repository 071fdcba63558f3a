package io.kaidian.settlement;

import java.util.List;

import io.kaidian.documents.Check;

/**
 * A document of the application as the seller sees it.
 *
 * @param ref the item it belongs to, {@code brand:<index>} or {@code category:<code>}
 * @param kind a {@link BrandDocumentKind} or a {@link CategoryDocumentKind}
 * @param status {@code UPLOADED}, {@code ACCEPTED} (its item was approved) or
 * {@code REJECTED} (its item was rejected)
 * @param carriedOver accepted at an earlier decision and kept unchanged
 * @param checks the automated checks of the upload
 */
public record DocumentStatus(String ref, String kind, String status, boolean carriedOver, List<Check> checks) {

	public DocumentStatus {
		checks = List.copyOf(checks);
	}

}
