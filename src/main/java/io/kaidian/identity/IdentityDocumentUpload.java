package io.kaidian.identity;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.documents.DocumentOwner;
import io.kaidian.documents.Documents;
import io.kaidian.documents.StoredDocument;
import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * The seller uploads a document of its draft (R-ID-3); a document accepted in an earlier
 * attempt stays as it is.
 */
@Service
public class IdentityDocumentUpload {

	static final String OWNER_KIND = "IDENTITY_CASE";

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final Documents store;

	IdentityDocumentUpload(IdentityCases cases, IdentityDocuments documents, Documents store) {
		this.cases = cases;
		this.documents = documents;
		this.store = store;
	}

	/** Stores one document of the draft (R-ID-3). */
	@Transactional
	public IdentityVerification.DocumentStatus upload(UUID sellerId, SubjectType.DocumentKind kind, Upload upload) {
		IdentityCase current = this.cases.latestForUpdate(sellerId)
			.filter((c) -> c.status() == CaseStatus.DRAFT)
			.orElseThrow(() -> new ConflictException("IDENTITY_DRAFT_REQUIRED"));
		if (current.subjectType() == null) {
			throw new ConflictException("IDENTITY_DRAFT_REQUIRED");
		}
		if (!current.subjectType().requiredDocuments().contains(kind)) {
			throw RuleViolationException.of("kind", "DOCUMENT_NOT_REQUIRED", kind.name());
		}
		if (this.documents.of(current.id())
			.stream()
			.anyMatch((d) -> d.kind() == kind && "ACCEPTED".equals(d.status()))) {
			throw new ConflictException("DOCUMENT_ACCEPTED");
		}
		DocumentOwner owner = new DocumentOwner(OWNER_KIND, current.id(), sellerId);
		// the photos' checks need pixels: images only (R-ID-3)
		StoredDocument stored = kind.isPhoto() ? this.store.storePhoto(upload, owner, kind.name())
				: this.store.store(upload, owner);
		this.documents.put(current.id(), kind, stored.id().value(), stored.checks());
		return new IdentityVerification.DocumentStatus(kind, "UPLOADED", false, stored.checks());
	}

}
