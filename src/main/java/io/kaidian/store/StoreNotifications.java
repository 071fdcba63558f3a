package io.kaidian.store;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;

/** Tells the seller by email and SMS that its store is open (R-OPEN-1). */
@Component
class StoreNotifications {

	private final SellerMessages messages;

	StoreNotifications(SellerMessages messages) {
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(StoreOpened opened) {
		this.messages.send(opened.sellerId(), "store-opened", (locale) -> opened.name(), opened.domain());
	}

}
