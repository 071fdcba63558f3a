package io.kaidian.settlement;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.kaidian.documents.Upload;

/**
 * The settlement application (R-APP-1…7): after identity approval the seller files one
 * application (plan, store type, scope, categories, brands), uploads the documents each
 * item needs and submits; a reviewer decides item by item; after a rejection the seller
 * changes only the rejected items, approved ones stay locked (PRODUCT.md §4.2).
 */
@Service
public class SettlementApplications {

	/** The seller's application, if it started one. */
	public Optional<ApplicationView> current(UUID sellerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Saves the whole application (PUT semantics); {@code 409 IDENTITY_NOT_APPROVED}
	 * before identity approval, {@code 422} with every broken rule otherwise.
	 */
	public ApplicationView save(UUID sellerId, String memberId, ApplicationForm form) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Stores a document of the brand at that index (R-APP-5). */
	public DocumentStatus uploadBrandDocument(UUID sellerId, int index, BrandDocumentKind kind, Upload upload) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Stores a document of that category (R-APP-4). */
	public DocumentStatus uploadCategoryDocument(UUID sellerId, String categoryCode, CategoryDocumentKind kind,
			Upload upload) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Submits the application: complete, documents present; a reviewer decides. */
	public ApplicationView submit(UUID sellerId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** What this seller may choose now. */
	public Choices choices(UUID sellerId) {
		throw new UnsupportedOperationException("not yet");
	}

}
