package io.kaidian.identity.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.kaidian.documents.DocumentId;
import io.kaidian.documents.Opened;
import io.kaidian.documents.Documents;
import io.kaidian.documents.Upload;
import io.kaidian.documents.Viewer;
import io.kaidian.identity.Draft;
import io.kaidian.identity.IdentityDocumentUpload;
import io.kaidian.identity.IdentityDrafting;
import io.kaidian.identity.IdentitySubmission;
import io.kaidian.identity.IdentityVerification;
import io.kaidian.identity.SubjectType;
import io.kaidian.platform.web.Attachments;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.web.ApiTags;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Real-name authentication (API.md, "Identity"): the seller's own case, and documents for
 * reviewers.
 */
@RestController
@Tag(name = ApiTags.IDENTITY)
class IdentityApi {

	private final IdentityVerification verification;

	private final IdentityDrafting drafting;

	private final IdentityDocumentUpload upload;

	private final IdentitySubmission submission;

	private final Documents documents;

	IdentityApi(IdentityVerification verification, IdentityDrafting drafting, IdentityDocumentUpload upload,
			IdentitySubmission submission, Documents documents) {
		this.verification = verification;
		this.drafting = drafting;
		this.upload = upload;
		this.submission = submission;
		this.documents = documents;
	}

	/** The seller's current identity case, with its documents and what may change. */
	@GetMapping("/api/v1/me/identity")
	IdentityVerification.CaseView current(@AuthenticationPrincipal KaidianUser seller) {
		return this.verification.current(seller.accountId())
			.orElseThrow(() -> new NotFoundException("NO_IDENTITY_CASE"));
	}

	/** One earlier attempt of the seller's identity case. */
	@GetMapping("/api/v1/me/identity/attempts/{caseId}")
	IdentityVerification.CaseView attempt(@PathVariable UUID caseId, @AuthenticationPrincipal KaidianUser seller) {
		return this.verification.attempt(seller.accountId(), caseId);
	}

	/** Save the seller's identity details as a draft (PUT semantics). */
	@PutMapping("/api/v1/me/identity")
	IdentityVerification.CaseView save(@RequestBody Draft draft, @AuthenticationPrincipal KaidianUser seller) {
		return this.drafting.save(seller.accountId(), seller.memberId(), draft);
	}

	/** Upload one identity document (multipart part 'file'), checked at once. */
	@PutMapping(path = "/api/v1/me/identity/documents/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	IdentityVerification.DocumentStatus upload(@PathVariable SubjectType.DocumentKind kind,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KaidianUser seller) {
		return this.upload.upload(seller.accountId(), kind, Upload.of(file));
	}

	/** Submit the identity case: on to the Alipay authentication, then to review. */
	@PostMapping("/api/v1/me/identity/submit")
	IdentityVerification.CaseView submit(@AuthenticationPrincipal KaidianUser seller) {
		return this.submission.submit(seller.accountId());
	}

	/**
	 * A document for the reviewer: never inline, every view recorded; the API's route
	 * takes a bearer token, the pages' route ({@code /staff/review/…}, linked from the
	 * reviewer's case page) the staff session.
	 */
	@GetMapping({ "/api/v1/review/identity/documents/{documentId}", "/staff/review/identity/documents/{documentId}" })
	ResponseEntity<byte[]> document(@PathVariable UUID documentId, @Parameter(hidden = true) KaidianUser reviewer) {
		// the caller of a bearer token on the API route, of the staff session on the
		// pages'
		if (!reviewer.has(Role.REVIEWER)) {
			throw new ForbiddenException("FORBIDDEN");
		}
		Opened opened = this.documents.open(new DocumentId(documentId),
				new Viewer(reviewer.accountId(), Role.REVIEWER));
		return Attachments.of(opened.fileName(), opened.mediaType(), opened.content());
	}

}
