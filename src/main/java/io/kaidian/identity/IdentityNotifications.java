package io.kaidian.identity;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;
import io.kaidian.review.ReasonCatalogue;

/**
 * Tells the seller the decision by email and SMS, in the seller's language, with the
 * reasons and how to fix them (R-ID-5). Each event is delivered by its own listener, so a
 * failed delivery is retried without deciding twice.
 */
@Component
class IdentityNotifications {

	private final SellerMessages messages;

	private final ReasonCatalogue catalogue;

	IdentityNotifications(SellerMessages messages, ReasonCatalogue catalogue) {
		this.messages = messages;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(IdentityApproved approved) {
		this.messages.send(approved.sellerId(), "identity-approved", (locale) -> "");
	}

	@ApplicationModuleListener
	void on(IdentityRejected rejected) {
		this.messages.send(rejected.sellerId(), "identity-rejected",
				(locale) -> this.catalogue.explain(rejected.reasons(), locale));
	}

}
