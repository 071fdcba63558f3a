package io.kaidian.settlement;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.SellerMessages;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.review.ItemLabels;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;

/**
 * Tells the seller by email and SMS, in its language: the items decided ahead of the rest
 * (R-APP-5), the application's decision with each rejected item's reason and how to fix
 * it (R-APP-6), and its TM marks' reminder and expiry (PRODUCT.md §4.6). Each event has
 * its own listener, so a failed delivery is retried without deciding twice.
 */
@Component
class SettlementNotifications {

	private final SellerMessages messages;

	private final ReasonCatalogue catalogue;

	private final ItemLabels items;

	private final ReaderTime times;

	SettlementNotifications(SellerMessages messages, ReasonCatalogue catalogue, ItemLabels items, ReaderTime times) {
		this.times = times;
		this.messages = messages;
		this.catalogue = catalogue;
		this.items = items;
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

	/**
	 * R-APP-5: some items were decided ahead of the rest. The seller hears which were
	 * approved, which were not and why (how to fix each), which are still in review, and
	 * that rejected items can be fixed once the whole application is decided.
	 */
	@ApplicationModuleListener
	void on(ApplicationItemsDecided decided) {
		this.messages.send(decided.sellerId(), "application-items-decided",
				(locale) -> decided.rejected().isEmpty() ? "-" : this.catalogue.explain(decided.rejected(), locale),
				lines(decided.approved()), lines(decided.remaining()), decided.approved().size(),
				decided.rejected().stream().map(Reason::field).distinct().count());
	}

	/**
	 * The items one per line, each named as people name it ("Brand no. 1 (Moonfield)"),
	 * never by its reference ({@code brand:0}).
	 */
	private SellerMessages.Localized lines(List<String> items) {
		return (locale) -> items.isEmpty() ? "-"
				: items.stream().map((item) -> "- " + named(item, locale)).collect(Collectors.joining("\n"));
	}

	/** An item's label ({@code brand:0 (Moonfield)}) with its reference named. */
	private String named(String label, Locale locale) {
		int name = label.indexOf(" (");
		return (name < 0) ? this.items.label(label, locale)
				: this.items.label(label.substring(0, name), locale) + label.substring(name);
	}

	@ApplicationModuleListener
	void on(TrademarkExpiring expiring) {
		this.messages.send(expiring.sellerId(), "tm-mark-expiring",
				(locale) -> expiring.brandName() + " (TM " + expiring.trademarkNumber() + ")",
				(SellerMessages.Localized) (locale) -> this.times.date(expiring.expiresAt(), locale));
	}

	@ApplicationModuleListener
	void on(TrademarkExpired expired) {
		this.messages.send(expired.sellerId(), "tm-mark-expired",
				(locale) -> expired.brandName() + " (TM " + expired.trademarkNumber() + ")",
				(SellerMessages.Localized) (locale) -> this.times.date(expired.expiredAt(), locale));
	}

}
