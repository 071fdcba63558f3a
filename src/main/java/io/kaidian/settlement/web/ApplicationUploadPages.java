package io.kaidian.settlement.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.documents.Check;
import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.settlement.ApplicationSubmission;
import io.kaidian.settlement.BrandDocumentKind;
import io.kaidian.settlement.CategoryDocumentKind;
import io.kaidian.settlement.DocumentStatus;
import io.kaidian.settlement.DocumentUploading;
import io.kaidian.settlement.ItemRef;

/**
 * The documents step's uploads (R-APP-4, R-APP-5) and the review step's submit (R-APP-6):
 * each redirects (PRG), a refusal shown at its document or at the top.
 */
@Controller
class ApplicationUploadPages {

	private final DocumentUploading uploading;

	private final ApplicationSubmission submission;

	private final ApplicationFields fields;

	private final ApplicationPageText text;

	private final PageErrors pageErrors;

	ApplicationUploadPages(DocumentUploading uploading, ApplicationSubmission submission, ApplicationFields fields,
			ApplicationPageText text, PageErrors pageErrors) {
		this.uploading = uploading;
		this.submission = submission;
		this.fields = fields;
		this.text = text;
		this.pageErrors = pageErrors;
	}

	@PostMapping(path = ApplicationStep.PATH + "/documents/brands/{index}/{kind}",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String uploadBrandDocument(@PathVariable int index, @PathVariable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, KaidianUser seller,
			Locale locale, RedirectAttributes redirect) {
		BrandDocumentKind document = ApplicationPageText.parse(BrandDocumentKind.class, kind);
		if (document == null || index < 0) {
			throw new NotFoundException();
		}
		String id = DocumentLine.id(ItemRef.brand(index), document.name());
		return upload(id, document.name(), file, locale, redirect,
				(upload) -> this.uploading.uploadBrandDocument(seller.accountId(), index, document, upload));
	}

	@PostMapping(path = ApplicationStep.PATH + "/documents/categories/{code}/{kind}",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String uploadCategoryDocument(@PathVariable String code, @PathVariable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, KaidianUser seller,
			Locale locale, RedirectAttributes redirect) {
		CategoryDocumentKind document = ApplicationPageText.parse(CategoryDocumentKind.class, kind);
		if (document == null) {
			throw new NotFoundException();
		}
		String id = DocumentLine.id(ItemRef.category(code), document.name());
		return upload(id, document.name(), file, locale, redirect,
				(upload) -> this.uploading.uploadCategoryDocument(seller.accountId(), code, document, upload));
	}

	@PostMapping(ApplicationStep.PATH + "/submit")
	String submit(KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		try {
			this.submission.submit(seller.accountId());
			redirect.addFlashAttribute("flash", this.text.message("application.submitted", locale));
			return "redirect:/seller";
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, this.fields.of(null, null)).flash(redirect);
			return "redirect:" + ApplicationStep.REVIEW.path();
		}
	}

	private String upload(String id, String kind, @Nullable MultipartFile file, Locale locale,
			RedirectAttributes redirect, Function<Upload, DocumentStatus> store) {
		String anchor = "redirect:" + ApplicationStep.DOCUMENTS.path() + "#" + id;
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("errors", Map.of(id, this.text.message("application.upload.choose", locale)));
			return anchor;
		}
		try {
			DocumentStatus stored = store.apply(Upload.of(file));
			boolean allPassed = stored.checks().stream().allMatch(Check::passed);
			redirect.addFlashAttribute("flash",
					this.text.message(allPassed ? "application.uploaded" : "application.uploaded-with-warnings", locale,
							this.text.message("application.document." + kind, locale)));
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, this.fields.of(id, null)).flash(redirect);
		}
		return anchor;
	}

}
