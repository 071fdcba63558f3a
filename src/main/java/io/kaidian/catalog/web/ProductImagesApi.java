package io.kaidian.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.kaidian.catalog.CatalogLookup;
import io.kaidian.catalog.ProductImageUpload;
import io.kaidian.documents.Upload;
import io.kaidian.platform.security.KaidianUser;

/**
 * A product's images (R-OPEN-1; docs/guide/store.md "Images"): multipart, one part
 * {@code file}, JPEG or PNG by its bytes, at most {@code kaidian.catalog.max-images}.
 */
@RestController
@Tag(name = "Products")
class ProductImagesApi {

	private final ProductImageUpload upload;

	private final CatalogLookup catalog;

	ProductImagesApi(ProductImageUpload upload, CatalogLookup catalog) {
		this.upload = upload;
		this.catalog = catalog;
	}

	/** Add an image after the product's others. */
	@PostMapping(path = "/api/v1/me/products/{productId}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add an image after the product's others",
			description = "409 PRODUCT_IMAGE_LIMIT_REACHED at the limit; 413 FILE_TOO_LARGE; 415 IMAGE_REQUIRED "
					+ "(a PDF) or FILE_TYPE_NOT_ACCEPTED; 422 IMAGE_TOO_LARGE, FILE_UNREADABLE, FILE_EMPTY")
	ResponseEntity<ImagesJson> add(@PathVariable UUID productId, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal KaidianUser seller) {
		List<UUID> images = this.upload.add(seller.accountId(), productId, Upload.of(file));
		return ResponseEntity.created(URI.create("/api/v1/me/products/" + productId + "/images"))
			.body(new ImagesJson(images));
	}

	/** The product's images, in order: the first is the one the storefront shows. */
	@GetMapping("/api/v1/me/products/{productId}/images")
	@Operation(summary = "The product's images, in order")
	ImagesJson list(@PathVariable UUID productId, @AuthenticationPrincipal KaidianUser seller) {
		return new ImagesJson(this.catalog.images(this.catalog.mine(seller.accountId(), productId).id()));
	}

	/** Remove an image; the others move up. */
	@DeleteMapping("/api/v1/me/products/{productId}/images/{imageId}")
	@Operation(summary = "Remove an image; the others move up", description = "404 IMAGE_NOT_FOUND")
	ImagesJson remove(@PathVariable UUID productId, @PathVariable UUID imageId,
			@AuthenticationPrincipal KaidianUser seller) {
		return new ImagesJson(this.upload.remove(seller.accountId(), productId, imageId));
	}

	/**
	 * A product's images.
	 *
	 * @param imageIds their ids, in order
	 */
	record ImagesJson(List<UUID> imageIds) {
	}

}
