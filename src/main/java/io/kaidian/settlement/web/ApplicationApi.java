package io.kaidian.settlement.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import io.kaidian.platform.web.Attachments;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.settlement.ApplicationForm;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BrandDocumentKind;
import io.kaidian.settlement.CategoryDocumentKind;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.DocumentStatus;
import io.kaidian.settlement.ApplicationEditing;
import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.settlement.ApplicationSubmission;
import io.kaidian.settlement.DocumentUploading;

/**
 * The settlement application (API.md, "Settlement application"; docs/guide/
 * settlement-application.md): the seller's own application and its uploads, and its
 * documents for reviewers.
 */
@RestController
@Tag(name = ApiTags.APPLICATION)
class ApplicationApi {

	private final ApplicationLookup lookup;

	private final ApplicationEditing editing;

	private final DocumentUploading uploading;

	private final ApplicationSubmission submission;

	private final Documents documents;

	ApplicationApi(ApplicationLookup lookup, ApplicationEditing editing, DocumentUploading uploading,
			ApplicationSubmission submission, Documents documents) {
		this.lookup = lookup;
		this.editing = editing;
		this.uploading = uploading;
		this.submission = submission;
		this.documents = documents;
	}

	@GetMapping("/api/v1/me/application")
	@Operation(summary = "The seller's application", description = "404 NO_APPLICATION until the first save")
	ApplicationView current(@AuthenticationPrincipal KaidianUser seller) {
		return this.lookup.current(seller.accountId()).orElseThrow(() -> new NotFoundException("NO_APPLICATION"));
	}

	@GetMapping("/api/v1/me/application/choices")
	@Operation(summary = "What the seller may choose now",
			description = "The approved subject type, each sales plan with why it may not be chosen (R-APP-2), "
					+ "the locked fields and items")
	Choices choices(@AuthenticationPrincipal KaidianUser seller) {
		return this.lookup.choices(seller.accountId());
	}

	@PutMapping("/api/v1/me/application")
	@Operation(summary = "Save the whole application (PUT semantics)",
			description = "409 IDENTITY_NOT_APPROVED before identity approval; 409 APPLICATION_SUBMITTED in review; "
					+ "409 APPLICATION_APPROVED once approved; 422 with every broken rule (R-APP-2…5), "
					+ "ITEM_LOCKED for approved items after a rejection")
	ApplicationView save(@RequestBody ApplicationForm form, @AuthenticationPrincipal KaidianUser seller) {
		return this.editing.save(seller.accountId(), seller.memberId(), form);
	}

	@PutMapping(path = "/api/v1/me/application/brands/{index}/documents/{kind}",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a brand's document (multipart part 'file')",
			description = "404 APPLICATION_ITEM_NOT_FOUND for an index without a brand; 422 DOCUMENT_NOT_FOR_ITEM "
					+ "for a kind the brand does not need; 409 DOCUMENT_ACCEPTED for an approved brand")
	DocumentStatus uploadBrand(@PathVariable int index, @PathVariable BrandDocumentKind kind,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KaidianUser seller) {
		return this.uploading.uploadBrandDocument(seller.accountId(), index, kind, Upload.of(file));
	}

	@PutMapping(path = "/api/v1/me/application/categories/{code}/documents/{kind}",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a category's document (multipart part 'file')",
			description = "404 APPLICATION_ITEM_NOT_FOUND for a category not applied for; 422 DOCUMENT_NOT_FOR_ITEM "
					+ "for a kind the category does not need; 409 DOCUMENT_ACCEPTED for an approved category")
	DocumentStatus uploadCategory(@PathVariable String code, @PathVariable CategoryDocumentKind kind,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal KaidianUser seller) {
		return this.uploading.uploadCategoryDocument(seller.accountId(), code, kind, Upload.of(file));
	}

	@PostMapping("/api/v1/me/application/submit")
	@Operation(summary = "Submit for review",
			description = "422 naming every broken rule and each missing document (brand:<i>.<KIND>, "
					+ "category:<code>.<KIND>); 409 APPLICATION_SUBMITTED when already submitted")
	ApplicationView submit(@AuthenticationPrincipal KaidianUser seller) {
		return this.submission.submit(seller.accountId());
	}

	/**
	 * A document for the reviewer: never inline, every view recorded; the API's route
	 * takes a bearer token, the pages' route ({@code /staff/review/…}) the staff session.
	 */
	@GetMapping({ "/api/v1/review/application/documents/{documentId}",
			"/staff/review/application/documents/{documentId}" })
	@Operation(summary = "Open an application document (reviewers)")
	ResponseEntity<byte[]> document(@PathVariable UUID documentId, @Parameter(hidden = true) KaidianUser reviewer) {
		// the caller of a bearer token on the API route, of the staff session on the
		// pages'
		if (!reviewer.has(Role.REVIEWER)) {
			throw new ForbiddenException("FORBIDDEN");
		}
		if (!this.lookup.holdsDocument(documentId)) {
			throw new NotFoundException();
		}
		Opened opened = this.documents.open(new DocumentId(documentId),
				new Viewer(reviewer.accountId(), Role.REVIEWER));
		return Attachments.of(opened.fileName(), opened.mediaType(), opened.content());
	}

}
