package io.kaidian.catalog;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.store.SellingScope;
import io.kaidian.store.StoreLookup;
import io.kaidian.store.StoreOpening;
import io.kaidian.platform.rules.ConflictException;

/**
 * Publishes and unpublishes products. Publishing needs identity approved and a payout
 * account set (R-STORE-2; the refusal names the missing step) and a product still within
 * the approved categories and brands; the published count goes to the store in the same
 * transaction, which opens it at the threshold (R-OPEN-1) exactly once.
 */
@Service
public class ProductPublishing {

	private final Products products;

	private final ProductRules rules;

	private final StoreLookup stores;

	private final StoreOpening opening;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductPublishing(Products products, ProductRules rules, StoreLookup stores, StoreOpening opening,
			ApplicationEventPublisher events, Clock clock) {
		this.products = products;
		this.rules = rules;
		this.stores = stores;
		this.opening = opening;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Product publish(UUID sellerId, UUID productId) {
		this.stores.requireMayPublish(sellerId);
		SellingScope scope = this.stores.scope(sellerId)
			.orElseThrow(() -> new ConflictException("APPLICATION_NOT_APPROVED"));
		this.products.lockSeller(sellerId);
		Product product = this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
		if (product.status() == ProductStatus.PUBLISHED) {
			return product;
		}
		List<Violation> violations = this.rules.check(new ProductForm(product.title(), product.categoryCode(),
				product.brand(), product.price().amount(), product.stock()), scope);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Product published = new Product(product.id(), sellerId, product.title(), product.categoryCode(),
				product.brand(), product.price(), product.stock(), ProductStatus.PUBLISHED, null);
		this.products.update(published, this.clock.instant());
		int count = report(sellerId);
		this.events.publishEvent(new ProductPublished(sellerId, productId, count));
		return published;
	}

	@Transactional
	public Product unpublish(UUID sellerId, UUID productId) {
		this.products.lockSeller(sellerId);
		Product product = this.products.of(sellerId, productId).orElseThrow(NotFoundException::new);
		if (product.status() != ProductStatus.PUBLISHED) {
			return product;
		}
		Product unpublished = new Product(product.id(), sellerId, product.title(), product.categoryCode(),
				product.brand(), product.price(), product.stock(), ProductStatus.UNPUBLISHED, null);
		this.products.update(unpublished, this.clock.instant());
		report(sellerId);
		return unpublished;
	}

	/**
	 * Tells the store how many products are published now; the caller holds the seller's
	 * catalogue lock.
	 */
	int report(UUID sellerId) {
		int count = this.products.publishedCount(sellerId);
		this.opening.published(sellerId, count);
		return count;
	}

}
