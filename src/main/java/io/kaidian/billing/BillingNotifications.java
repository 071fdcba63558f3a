package io.kaidian.billing;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;

/** The seller's receipt once every fee is paid, in the seller's language. */
@Component
class BillingNotifications {

	private final SellerMessages messages;

	private final MessageSource texts;

	BillingNotifications(SellerMessages messages, MessageSource texts) {
		this.messages = messages;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(FeesPaid paid) {
		this.messages.send(paid.sellerId(), "fees-paid", (locale) -> lines(paid, locale));
	}

	private String lines(FeesPaid paid, Locale locale) {
		if (paid.invoices().isEmpty()) {
			return "-";
		}
		return paid.invoices()
			.stream()
			.map((invoice) -> "- " + this.texts.getMessage("invoice-kind." + invoice.kind().name(), null, locale) + ": "
					+ invoice.amount().amount().toPlainString() + " " + invoice.amount().currency())
			.collect(Collectors.joining("\n"));
	}

}
