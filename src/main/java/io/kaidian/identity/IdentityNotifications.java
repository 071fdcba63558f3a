package io.kaidian.identity;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.Sellers;
import io.kaidian.notification.EmailMessage;
import io.kaidian.notification.Notifications;
import io.kaidian.notification.SmsMessage;
import io.kaidian.platform.web.Languages;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.review.Reason;

/**
 * Tells the seller the decision by email and SMS, in the seller's language, with the
 * reasons and how to fix them (R-ID-5). Each event is delivered by its own listener, so a
 * failed delivery is retried without deciding twice.
 */
@Component
class IdentityNotifications {

	private final Sellers sellers;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ReasonCatalogue catalogue;

	IdentityNotifications(Sellers sellers, Notifications notifications, MessageSource messages,
			ReasonCatalogue catalogue) {
		this.sellers = sellers;
		this.notifications = notifications;
		this.messages = messages;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(IdentityApproved approved) {
		send(approved.sellerId(), "identity-approved", "");
	}

	@ApplicationModuleListener
	void on(IdentityRejected rejected) {
		this.sellers.profile(rejected.sellerId()).ifPresent((seller) -> {
			Locale locale = Languages.supported(Locale.forLanguageTag(seller.language()));
			String text = rejected.reasons()
				.stream()
				.map((reason) -> describe(reason, locale))
				.collect(Collectors.joining("\n"));
			send(rejected.sellerId(), "identity-rejected", text);
		});
	}

	private void send(UUID sellerId, String template, String reasons) {
		this.sellers.profile(sellerId).ifPresent((seller) -> {
			Locale locale = Languages.supported(Locale.forLanguageTag(seller.language()));
			Object[] arguments = { seller.firstName() + " " + seller.lastName(), reasons };
			this.notifications.send(new EmailMessage(seller.email(),
					this.messages.getMessage("mail." + template + ".subject", arguments, locale),
					this.messages.getMessage("mail." + template + ".body", arguments, locale)));
			this.notifications
				.send(new SmsMessage(seller.phone(), this.messages.getMessage("sms." + template, arguments, locale)));
		});
	}

	private String describe(Reason reason, Locale locale) {
		return this.catalogue.find(reason.code(), locale)
			.map((entry) -> "- " + reason.field() + ": " + entry.text() + " " + entry.howToFix()
					+ (reason.message() != null ? " (" + reason.message() + ")" : ""))
			.orElse("- " + reason.field() + ": " + reason.code());
	}

}
