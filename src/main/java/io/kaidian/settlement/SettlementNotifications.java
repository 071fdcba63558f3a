package io.kaidian.settlement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;
import io.kaidian.review.ReasonCatalogue;

/**
 * Tells the seller by email and SMS, in its language: the application's decision with
 * each rejected item's reason and how to fix it (R-APP-6), and its TM marks' reminder and
 * expiry (PRODUCT.md §4.6). Each event has its own listener, so a failed delivery is
 * retried without deciding twice.
 */
@Component
class SettlementNotifications {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

	private final SellerMessages messages;

	private final ReasonCatalogue catalogue;

	SettlementNotifications(SellerMessages messages, ReasonCatalogue catalogue) {
		this.messages = messages;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(ApplicationApproved approved) {
		this.messages.send(approved.sellerId(), "application-approved", (locale) -> "");
	}

	@ApplicationModuleListener
	void on(ApplicationRejected rejected) {
		this.messages.send(rejected.sellerId(), "application-rejected",
				(locale) -> this.catalogue.explain(rejected.reasons(), locale));
	}

	@ApplicationModuleListener
	void on(TrademarkExpiring expiring) {
		this.messages.send(expiring.sellerId(), "tm-mark-expiring",
				(locale) -> expiring.brandName() + " (TM " + expiring.trademarkNumber() + ")",
				DATE.format(expiring.expiresAt()));
	}

	@ApplicationModuleListener
	void on(TrademarkExpired expired) {
		this.messages.send(expired.sellerId(), "tm-mark-expired",
				(locale) -> expired.brandName() + " (TM " + expired.trademarkNumber() + ")",
				DATE.format(expired.expiredAt()));
	}

}
