package io.kaidian.billing.web;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.kaidian.billing.Receipt;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.SalesPlan;

/**
 * A receipt in the reader's language: the amount grouped and to the cent, dates in
 * marketplace time in the language's style, and what the fee was for in words (no codes
 * or enum names on pages, in the PDF or in the JSON's {@code description}).
 */
@Component
class ReceiptLinesAssembler {

	private final MessageSource messages;

	private final Offers offers;

	private final ReaderTime times;

	ReceiptLinesAssembler(MessageSource messages, Offers offers, ReaderTime times) {
		this.messages = messages;
		this.offers = offers;
		this.times = times;
	}

	ReceiptLines lines(Receipt receipt, Locale locale) {
		return new ReceiptLines(receipt.invoiceId().toString(), text("invoice-kind." + receipt.kind().name(), locale),
				description(receipt, locale), amount(receipt, locale), this.times.dateTime(receipt.issuedAt(), locale),
				this.times.dateTime(receipt.paidAt(), locale), text("receipt.provider." + receipt.provider(), locale),
				receipt.paymentId().toString(), receipt.gatewayTradeNo() != null ? receipt.gatewayTradeNo() : "—",
				receipt.memberId(), receipt.subjectName() != null ? receipt.subjectName() : "—");
	}

	/**
	 * What the fee was for: its kind, the business scope and, for the annual fee, the
	 * plan.
	 */
	String description(Receipt receipt, Locale locale) {
		String scope = this.offers.scope(receipt.businessScope())
			.map((s) -> s.name(locale))
			.orElseGet(() -> text("receipt.scope-unknown", locale));
		String plan = this.offers.plan(SalesPlan.valueOf(receipt.salesPlan())).name(locale);
		return this.messages.getMessage("receipt.for." + receipt.kind().name(),
				new Object[] { text("invoice-kind." + receipt.kind().name(), locale), scope, plan }, locale);
	}

	private String amount(Receipt receipt, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return text("fees.amount", locale, format.format(receipt.amount().amount()));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
