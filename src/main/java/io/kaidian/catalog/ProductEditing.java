package io.kaidian.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.store.SellingScope;
import io.kaidian.store.StoreLookup;

/**
 * Creates, edits and deletes a seller's products (R-OPEN-1) within the approved
 * categories and brands and the plan's product limit, counted on products not deleted. A
 * published product that is edited stays published only if it still passes.
 */
@Service
public class ProductEditing {

	private final Products products;

	private final ProductRules rules;

	private final StoreLookup stores;

	private final ProductPublishing publishing;

	private final Clock clock;

	ProductEditing(Products products, ProductRules rules, StoreLookup stores, ProductPublishing publishing,
			Clock clock) {
		this.products = products;
		this.rules = rules;
		this.stores = stores;
		this.publishing = publishing;
		this.clock = clock;
	}

	/** A new draft; {@code 409 PRODUCT_LIMIT_REACHED} at the plan's limit. */
	@Transactional
	public Product create(UUID sellerId, ProductForm form) {
		SellingScope scope = scope(sellerId);
		this.products.lockSeller(sellerId);
		int counted = this.products.counted(sellerId);
		if (counted >= scope.productLimit()) {
			throw new ConflictException("PRODUCT_LIMIT_REACHED", scope.productLimit());
		}
		Product product = valid(UUID.randomUUID(), sellerId, form, scope, ProductStatus.DRAFT);
		this.products.insert(product, this.clock.instant());
		return product;
	}

	@Transactional
	public Product edit(UUID sellerId, UUID productId, ProductForm form) {
		SellingScope scope = scope(sellerId);
		this.products.lockSeller(sellerId);
		Product current = this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
		Product edited = valid(productId, sellerId, form, scope, current.status());
		this.products.update(edited, this.clock.instant());
		return edited;
	}

	/** Deletes a product; a published one leaves the storefront. */
	@Transactional
	public void delete(UUID sellerId, UUID productId) {
		this.products.lockSeller(sellerId);
		Product current = this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
		Instant now = this.clock.instant();
		this.products.delete(productId, now);
		if (current.status() == ProductStatus.PUBLISHED) {
			this.publishing.report(sellerId);
		}
	}

	private SellingScope scope(UUID sellerId) {
		if (this.stores.mine(sellerId).isEmpty()) {
			throw new ConflictException("STORE_PROFILE_MISSING");
		}
		return this.stores.scope(sellerId).orElseThrow(() -> new ConflictException("APPLICATION_NOT_APPROVED"));
	}

	private Product valid(UUID id, UUID sellerId, ProductForm form, SellingScope scope, ProductStatus status) {
		List<Violation> violations = this.rules.check(form, scope);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		String brand = form.brand() == null || form.brand().isBlank() ? null : scope.brand(form.brand()).orElseThrow();
		return new Product(id, sellerId, form.title().strip(), form.categoryCode(), brand, Money.cny(form.price()),
				form.stock(), status, null);
	}

}
