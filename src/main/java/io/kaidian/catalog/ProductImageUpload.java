package io.kaidian.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.documents.DocumentId;
import io.kaidian.documents.DocumentOwner;
import io.kaidian.documents.Documents;
import io.kaidian.documents.StoredDocument;
import io.kaidian.documents.Upload;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;

/**
 * Adds and removes a product's images (R-OPEN-1): at most
 * {@code kaidian.catalog.max-images}, each stored through {@code documents} (JPEG or PNG
 * by its bytes, re-encoded without metadata, encrypted). The first is the one the
 * storefront shows.
 */
@Service
public class ProductImageUpload {

	private static final Logger log = LoggerFactory.getLogger(ProductImageUpload.class);

	private final Products products;

	private final ProductImages images;

	private final Documents documents;

	private final CatalogProperties properties;

	ProductImageUpload(Products products, ProductImages images, Documents documents, CatalogProperties properties) {
		this.products = products;
		this.images = images;
		this.documents = documents;
		this.properties = properties;
	}

	/**
	 * Adds an image after the others.
	 * @return the product's images, in order
	 * @throws NotFoundException not the seller's product
	 * @throws ConflictException {@code PRODUCT_IMAGE_LIMIT_REACHED} when it has the most
	 */
	@Transactional
	public List<UUID> add(UUID sellerId, UUID productId, Upload upload) {
		this.products.lockSeller(sellerId);
		Product product = this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
		List<UUID> current = new ArrayList<>(this.images.of(product.id()));
		if (current.size() >= this.properties.maxImages()) {
			throw new ConflictException("PRODUCT_IMAGE_LIMIT_REACHED", this.properties.maxImages());
		}
		StoredDocument stored = this.documents.storePhoto(upload,
				new DocumentOwner("PRODUCT_IMAGE", product.id(), sellerId), "file");
		current.add(stored.id().value());
		this.images.replace(product.id(), current);
		log.info("Product {} has image {} of {}", product.id(), current.size(), this.properties.maxImages());
		return current;
	}

	/**
	 * Removes an image and deletes its content; the others move up.
	 * @return the product's images, in order
	 * @throws NotFoundException not the seller's product, or not its image
	 */
	@Transactional
	public List<UUID> remove(UUID sellerId, UUID productId, UUID imageId) {
		this.products.lockSeller(sellerId);
		Product product = this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
		List<UUID> current = new ArrayList<>(this.images.of(product.id()));
		if (!current.remove(imageId)) {
			throw new NotFoundException("IMAGE_NOT_FOUND");
		}
		this.images.replace(product.id(), current);
		this.documents.delete(new DocumentId(imageId));
		return current;
	}

}
