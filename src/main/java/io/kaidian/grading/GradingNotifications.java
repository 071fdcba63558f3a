package io.kaidian.grading;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;

/** Tells a merchant its level changed (R-GRADE-2, -5), in the merchant's language. */
@Component
class GradingNotifications {

	private final SellerMessages messages;

	private final MessageSource texts;

	GradingNotifications(SellerMessages messages, MessageSource texts) {
		this.messages = messages;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(MerchantGraded graded) {
		this.messages.send(graded.sellerId(), "grade-changed",
				(locale) -> this.texts.getMessage("service-level." + graded.serviceLevel().name(), null, locale),
				graded.previousLevel(), graded.level(), graded.month().toString());
	}

}
