package io.kaidian.catalog;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.NotFoundException;

/** Reads products: the seller's own, and an open store's published ones. */
@Service
@Transactional(readOnly = true)
public class CatalogLookup {

	private final Products products;

	CatalogLookup(Products products) {
		this.products = products;
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
