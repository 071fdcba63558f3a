package io.kaidian.account;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import io.kaidian.notification.EmailMessage;
import io.kaidian.notification.Notifications;
import io.kaidian.notification.SmsMessage;
import io.kaidian.platform.i18n.Languages;

/**
 * Tells a seller something by email and by SMS, in the seller's language: the texts are
 * the messages {@code mail.<template>.subject}, {@code mail.<template>.body} and
 * {@code sms.<template>}, whose argument {0} is the seller's English name, {1} the detail
 * and the rest the caller's further arguments. A closed seller without a profile is told
 * nothing.
 */
@Service
public class SellerMessages {

	private final SellerDirectory sellers;

	private final Notifications notifications;

	private final MessageSource messages;

	SellerMessages(SellerDirectory sellers, Notifications notifications, MessageSource messages) {
		this.sellers = sellers;
		this.notifications = notifications;
		this.messages = messages;
	}

	/**
	 * @param sellerId the seller
	 * @param template the message keys' middle part, e.g. {@code identity-rejected}
	 * @param detail the detail in the seller's language (e.g. reasons and how to fix
	 * them)
	 * @param more further arguments, {2} onwards; a {@link Localized} one is written in
	 * the seller's language
	 */
	public void send(UUID sellerId, String template, Function<Locale, String> detail, Object... more) {
		this.sellers.profile(sellerId).ifPresent((seller) -> {
			Locale locale = Languages.supported(Locale.forLanguageTag(seller.language()));
			Object[] arguments = new Object[2 + more.length];
			arguments[0] = seller.firstName() + " " + seller.lastName();
			arguments[1] = detail.apply(locale);
			for (int i = 0; i < more.length; i++) {
				arguments[2 + i] = (more[i] instanceof Localized localized) ? localized.in(locale) : more[i];
			}
			this.notifications.send(new EmailMessage(seller.email(),
					this.messages.getMessage("mail." + template + ".subject", arguments, locale),
					this.messages.getMessage("mail." + template + ".body", arguments, locale)));
			this.notifications
				.send(new SmsMessage(seller.phone(), this.messages.getMessage("sms." + template, arguments, locale)));
		});
	}

	/** An argument of a message written in the reader's language when it is sent. */
	@FunctionalInterface
	public interface Localized {

		Object in(Locale locale);

	}

}
