package io.kaidian.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.NotFoundException;

/** Reads products: the seller's own, and an open store's published ones. */
@Service
@Transactional(readOnly = true)
public class CatalogLookup {

	private final Products products;

	private final ProductImages images;

	CatalogLookup(Products products, ProductImages images) {
		this.products = products;
		this.images = images;
	}

	/** A product's images (document ids), in order. */
	public List<UUID> images(UUID productId) {
		return this.images.of(productId);
	}

	/** The images of each of the seller's products, in order, by product id. */
	public Map<UUID, List<UUID>> imagesOfSeller(UUID sellerId) {
		return this.images.ofSeller(sellerId);
	}

	/** Whether the image belongs to one of the seller's products not deleted. */
	public boolean isOwnImage(UUID sellerId, UUID imageId) {
		return this.images.ofSeller(sellerId).values().stream().anyMatch((ids) -> ids.contains(imageId));
	}

	/** Each of the seller's published products' first image, by product id. */
	public Map<UUID, UUID> firstImages(UUID sellerId) {
		return this.images.firstOfPublished(sellerId);
	}

	/** Whether the image belongs to one of the seller's published products. */
	public boolean isPublishedImage(UUID sellerId, UUID imageId) {
		return this.images.isPublished(sellerId, imageId);
	}

	public List<Product> mine(UUID sellerId) {
		return this.products.ofSeller(sellerId);
	}

	public Product mine(UUID sellerId, UUID productId) {
		return this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
	}

	public List<Product> published(UUID sellerId) {
		return this.products.published(sellerId);
	}

}
