package io.kaidian.catalog.web;

import java.util.Objects;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kaidian.catalog.CatalogLookup;
import io.kaidian.catalog.CatalogProperties;
import io.kaidian.documents.DocumentId;
import io.kaidian.documents.Documents;
import io.kaidian.documents.Opened;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.store.Store;
import io.kaidian.store.StoreLookup;

/**
 * An open store's images for its storefront: its logo, its banner and its published
 * products' images, as re-encoded when uploaded, never sniffed, cached for
 * {@code kaidian.catalog.image-max-age}. Anything else, and everything of a store being
 * set up, is not found.
 */
@Controller
class StorefrontImages {

	private final StoreLookup stores;

	private final CatalogLookup catalog;

	private final Documents documents;

	private final CacheControl cacheControl;

	StorefrontImages(StoreLookup stores, CatalogLookup catalog, Documents documents, CatalogProperties properties) {
		this.stores = stores;
		this.catalog = catalog;
		this.documents = documents;
		this.cacheControl = CacheControl.maxAge(properties.imageMaxAge()).cachePublic();
	}

	@GetMapping("/stores/{domain}/images/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable String domain, @PathVariable UUID imageId) {
		StoreLookup.Storefront front = this.stores.storefront(domain);
		Store store = front.store();
		boolean shown = Objects.equals(imageId, store.logoDocumentId())
				|| Objects.equals(imageId, store.bannerDocumentId())
				|| this.catalog.isPublishedImage(store.sellerId(), imageId);
		if (!shown) {
			throw new NotFoundException("IMAGE_NOT_FOUND");
		}
		Opened opened = this.documents.openPublished(new DocumentId(imageId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.mediaType()))
			.cacheControl(this.cacheControl)
			.header("X-Content-Type-Options", "nosniff")
			.body(opened.content());
	}

}
