package io.kaidian.settlement;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.documents.DocumentOwner;
import io.kaidian.documents.Documents;
import io.kaidian.documents.StoredDocument;
import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * The seller uploads a document an item needs (R-APP-4, R-APP-5); an approved item's
 * documents are kept unchanged (PRODUCT.md §4.2). Guide:
 * docs/guide/settlement-application.md.
 */
@Service
public class DocumentUploading {

	static final String OWNER_KIND = "SETTLEMENT_APPLICATION";

	private final Applications applications;

	private final ApplicationDocuments documents;

	private final RequiredDocumentPolicy required;

	private final ApplicationReopening reopening;

	private final Documents store;

	private final Clock clock;

	DocumentUploading(Applications applications, ApplicationDocuments documents, RequiredDocumentPolicy required,
			ApplicationReopening reopening, Documents store, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.required = required;
		this.reopening = reopening;
		this.store = store;
		this.clock = clock;
	}

	/** Stores a document of the brand at that index: its certificate, its letter. */
	@Transactional
	public DocumentStatus uploadBrandDocument(UUID sellerId, int index, BrandDocumentKind kind, Upload upload) {
		return upload(sellerId, ItemRef.brand(index), kind.name(), upload);
	}

	/** Stores a document of that category: its qualification, its product checklist. */
	@Transactional
	public DocumentStatus uploadCategoryDocument(UUID sellerId, String categoryCode, CategoryDocumentKind kind,
			Upload upload) {
		return upload(sellerId, ItemRef.category(categoryCode), kind.name(), upload);
	}

	/**
	 * {@code NO_APPLICATION} and {@code APPLICATION_ITEM_NOT_FOUND} when there is no such
	 * item, {@code DOCUMENT_ACCEPTED} for an approved one, {@code DOCUMENT_NOT_FOR_ITEM}
	 * for a kind it does not need.
	 */
	private DocumentStatus upload(UUID sellerId, ItemRef ref, String kind, Upload upload) {
		SettlementApplication current = this.applications.forUpdate(sellerId)
			.orElseThrow(() -> new NotFoundException("NO_APPLICATION"));
		current.requireEditable();
		ApplicationItem item = current.item(ref).orElseThrow(() -> new NotFoundException("APPLICATION_ITEM_NOT_FOUND"));
		if (item.locked()) {
			throw new ConflictException("DOCUMENT_ACCEPTED");
		}
		if (!this.required.of(item, current.businessScope()).contains(kind)) {
			throw RuleViolationException.of("kind", "DOCUMENT_NOT_FOR_ITEM", kind, ref.key());
		}
		SettlementApplication draft = this.reopening.draftOf(current);
		if (draft != current) {
			this.reopening.reopened(this.applications.save(current, draft, this.clock.instant()));
		}
		StoredDocument stored = this.store.store(upload, new DocumentOwner(OWNER_KIND, current.id(), sellerId));
		this.documents.put(current.id(), ref, kind, stored.id().value(), stored.checks(), this.clock.instant());
		return new DocumentStatus(ref.key(), kind, "UPLOADED", false, stored.checks());
	}

}
