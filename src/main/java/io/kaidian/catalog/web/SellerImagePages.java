package io.kaidian.catalog.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.catalog.CatalogLookup;
import io.kaidian.catalog.ProductImageUpload;
import io.kaidian.documents.DocumentId;
import io.kaidian.documents.Documents;
import io.kaidian.documents.Opened;
import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.store.StoreLookup;

/**
 * The seller's own images on the seller's pages: a product's images added and removed on
 * the products page, and any of the seller's images (logo, banner, product pictures)
 * served to the seller, open or not, each view recorded.
 */
@Controller
class SellerImagePages {

	private final ProductImageUpload upload;

	private final CatalogLookup catalog;

	private final StoreLookup stores;

	private final Documents documents;

	private final PageErrors pageErrors;

	private final MessageSource messages;

	SellerImagePages(ProductImageUpload upload, CatalogLookup catalog, StoreLookup stores, Documents documents,
			PageErrors pageErrors, MessageSource messages) {
		this.upload = upload;
		this.catalog = catalog;
		this.stores = stores;
		this.documents = documents;
		this.pageErrors = pageErrors;
		this.messages = messages;
	}

	@GetMapping("/seller/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable UUID imageId, KaidianUser seller) {
		boolean store = this.stores.mine(seller.accountId())
			.map((s) -> Objects.equals(imageId, s.logoDocumentId()) || Objects.equals(imageId, s.bannerDocumentId()))
			.orElse(false);
		if (!store && !this.catalog.isOwnImage(seller.accountId(), imageId)) {
			throw new NotFoundException("IMAGE_NOT_FOUND");
		}
		Opened opened = this.documents.open(new DocumentId(imageId),
				new io.kaidian.documents.Viewer(seller.accountId(), Role.SELLER));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.mediaType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(opened.content());
	}

	@PostMapping("/seller/products/{productId}/images")
	String add(KaidianUser seller, @PathVariable UUID productId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.of("file", "FILE_EMPTY");
			}
			this.upload.add(seller.accountId(), productId, Upload.of(file));
			redirect.addFlashAttribute("flash", this.messages.getMessage("product-images.saved", null, locale));
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, new ProductFields(this.messages, "products")).flash(redirect);
		}
		return "redirect:/seller/products";
	}

	@PostMapping("/seller/products/{productId}/images/{imageId}/delete")
	String remove(KaidianUser seller, @PathVariable UUID productId, @PathVariable UUID imageId, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.upload.remove(seller.accountId(), productId, imageId);
			redirect.addFlashAttribute("flash", this.messages.getMessage("product-images.saved", null, locale));
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, new ProductFields(this.messages, "products")).flash(redirect);
		}
		return "redirect:/seller/products";
	}

}
