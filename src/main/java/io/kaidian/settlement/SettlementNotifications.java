package io.kaidian.settlement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import io.kaidian.review.Reason;
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

	private final Sellers sellers;

	private final Notifications notifications;

	private final MessageSource messages;

	private final ReasonCatalogue catalogue;

	SettlementNotifications(Sellers sellers, Notifications notifications, MessageSource messages,
			ReasonCatalogue catalogue) {
		this.sellers = sellers;
		this.notifications = notifications;
		this.messages = messages;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(ApplicationApproved approved) {
		send(approved.sellerId(), "application-approved", (locale) -> "");
	}

	@ApplicationModuleListener
	void on(ApplicationRejected rejected) {
		send(rejected.sellerId(), "application-rejected",
				(locale) -> rejected.reasons()
					.stream()
					.map((reason) -> describe(reason, locale))
					.collect(Collectors.joining("\n")));
	}

	@ApplicationModuleListener
	void on(TrademarkExpiring expiring) {
		send(expiring.sellerId(), "tm-mark-expiring",
				(locale) -> expiring.brandName() + " (TM " + expiring.trademarkNumber() + ")",
				DATE.format(expiring.expiresAt()));
	}

	@ApplicationModuleListener
	void on(TrademarkExpired expired) {
		send(expired.sellerId(), "tm-mark-expired",
				(locale) -> expired.brandName() + " (TM " + expired.trademarkNumber() + ")",
				DATE.format(expired.expiredAt()));
	}

	private void send(UUID sellerId, String template, java.util.function.Function<Locale, String> detail,
			Object... more) {
		this.sellers.profile(sellerId).ifPresent((seller) -> {
			Locale locale = Languages.supported(Locale.forLanguageTag(seller.language()));
			Object[] arguments = new Object[2 + more.length];
			arguments[0] = seller.firstName() + " " + seller.lastName();
			arguments[1] = detail.apply(locale);
			System.arraycopy(more, 0, arguments, 2, more.length);
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
