package io.kaidian.store;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.review.ReasonCatalogue;

/**
 * Tells the seller by email and SMS, in its language, that its store is open (R-OPEN-1),
 * and what became of a name or domain change (R-STORE-1): approved, with how long the old
 * address redirects, or rejected with each reason and how to fix it.
 */
@Component
class StoreNotifications {

	private final SellerMessages messages;

	private final ReasonCatalogue catalogue;

	private final MessageSource texts;

	private final ReaderTime times;

	StoreNotifications(SellerMessages messages, ReasonCatalogue catalogue, MessageSource texts, ReaderTime times) {
		this.times = times;
		this.messages = messages;
		this.catalogue = catalogue;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(StoreOpened opened) {
		this.messages.send(opened.sellerId(), "store-opened", (locale) -> opened.name(), opened.domain());
	}

	@ApplicationModuleListener
	void on(StoreChangeApproved approved) {
		SellerMessages.Localized redirect = (locale) -> approved.redirectUntil() == null ? ""
				: this.texts.getMessage("mail.store-change-approved.redirect",
						new Object[] { approved.previousDomain(), this.times.date(approved.redirectUntil(), locale) },
						locale);
		this.messages.send(approved.sellerId(), "store-change-approved", (locale) -> approved.name(), approved.domain(),
				redirect);
	}

	@ApplicationModuleListener
	void on(StoreChangeRejected rejected) {
		this.messages.send(rejected.sellerId(), "store-change-rejected",
				(locale) -> this.catalogue.explain(rejected.reasons(), locale), rejected.name(), rejected.domain());
	}

}
