package io.kaidian.catalog;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;
import io.kaidian.settlement.TrademarkExpired;

/**
 * A brand withdrawn from the seller's approved application (its TM mark lapsed, R-APP)
 * takes its products off sale, and the seller is told which by email and SMS.
 */
@Component
class ProductWithdrawal {

	private static final Logger log = LoggerFactory.getLogger(ProductWithdrawal.class);

	private final Products products;

	private final ProductPublishing publishing;

	private final SellerMessages messages;

	private final Clock clock;

	ProductWithdrawal(Products products, ProductPublishing publishing, SellerMessages messages, Clock clock) {
		this.products = products;
		this.publishing = publishing;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TrademarkExpired expired) {
		this.products.lockSeller(expired.sellerId());
		List<String> titles = this.products.withdraw(expired.sellerId(), expired.brandName(), null, "BRAND_WITHDRAWN",
				this.clock.instant());
		if (titles.isEmpty()) {
			return;
		}
		this.publishing.report(expired.sellerId());
		log.info("Unpublished {} products of seller {}: brand withdrawn (R-APP)", titles.size(), expired.memberId());
		this.messages.send(expired.sellerId(), "products-withdrawn",
				(locale) -> String.join("\n", titles.stream().map((t) -> "- " + t).toList()), expired.brandName());
	}

}
