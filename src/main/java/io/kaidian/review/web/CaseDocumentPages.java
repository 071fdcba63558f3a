package io.kaidian.review.web;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.review.CaseDocuments;
import io.kaidian.review.CaseMaterials;
import io.kaidian.review.NumberReveal;

/**
 * The case page's documents shown inline and its "show full number" (ADR 0030;
 * docs/guide/review-desk.md, "Reviewer pages"). A page image is served {@code inline},
 * never sniffed, never kept by a cache; the explicit download stays the owner's
 * attachment route. A reveal is a POST (htmx), answered with the number alone and never
 * cached; the audit trail records it.
 */
@Controller
class CaseDocumentPages extends ReviewerPage {

	private final CaseDocuments documents;

	private final NumberReveal reveal;

	CaseDocumentPages(CaseDocuments documents, NumberReveal reveal) {
		this.documents = documents;
		this.reveal = reveal;
	}

	@GetMapping("/staff/review/cases/{caseId}/documents/{index}")
	ResponseEntity<byte[]> page(@PathVariable UUID caseId, @PathVariable int index,
			@RequestParam(defaultValue = "1") int page, KaidianUser caller) {
		CaseMaterials.DocumentPage image = this.documents.page(caseId, index, page, reviewer(caller));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(image.content());
	}

	@PostMapping("/staff/review/cases/{caseId}/reveal")
	String reveal(@PathVariable UUID caseId, @RequestParam String field, KaidianUser caller, Model model,
			HttpServletResponse response) {
		model.addAttribute("field", field);
		model.addAttribute("value", this.reveal.reveal(caseId, field, reviewer(caller)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
		return "review/parts :: revealed";
	}

}
