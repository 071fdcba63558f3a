package io.kaidian.billing.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kaidian.billing.Invoice;
import io.kaidian.billing.InvoiceStatus;
import io.kaidian.billing.Invoices;
import io.kaidian.billing.PaymentStatus;
import io.kaidian.billing.Payments;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.security.KaidianUser;

/**
 * The seller's fees pages (docs/guide/fees.md): the invoices with what each is for,
 * paying one, and the page the gateway sends the payer back to, which waits for the
 * gateway's notification.
 */
@Controller
class FeesPages {

	static final String RETURN = "/seller/fees/return";

	private final Invoices invoices;

	private final Payments payments;

	private final MessageSource messages;

	FeesPages(Invoices invoices, Payments payments, MessageSource messages) {
		this.invoices = invoices;
		this.payments = payments;
		this.messages = messages;
	}

	@GetMapping("/seller/fees")
	String fees(KaidianUser seller, @RequestParam(name = "paid", required = false) @Nullable String paid, Model model) {
		List<Invoice> all = this.invoices.of(seller.accountId());
		model.addAttribute("invoices", all);
		model.addAttribute("allPaid", !all.isEmpty() && all.stream().allMatch((i) -> i.status().settled()));
		model.addAttribute("alreadyPaid", paid != null);
		model.addAttribute("providers", this.payments.providers());
		return "billing/fees";
	}

	/**
	 * Pays one invoice through a gateway: the payer goes to the gateway's page. The
	 * Content-Security-Policy's {@code form-action 'self'} forbids a form's redirect to
	 * another site, so a gateway elsewhere is reached from a page of ours that follows
	 * its link (a static script, or the payer's click).
	 */
	@PostMapping("/seller/fees/{invoiceId}/pay")
	String pay(@PathVariable UUID invoiceId, @RequestParam String provider, KaidianUser seller, Locale locale,
			Model model) {
		if (!InvoicesApi.PROVIDERS.contains(provider)) {
			throw new NotFoundException("PROVIDER_INVALID");
		}
		Invoice invoice = this.invoices.find(seller.accountId(), invoiceId)
			.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
		String redirectUrl;
		try {
			String subject = this.messages.getMessage("invoice-kind." + invoice.kind().name(), null, locale);
			redirectUrl = this.payments.start(seller.accountId(), invoiceId, provider, subject).redirectUrl();
		}
		catch (ConflictException ex) {
			return "redirect:/seller/fees?paid";
		}
		if (redirectUrl.startsWith("/")) {
			return "redirect:" + redirectUrl;
		}
		model.addAttribute("invoice", invoice);
		model.addAttribute("gatewayUrl", redirectUrl);
		model.addAttribute("provider", provider);
		return "billing/to-gateway";
	}

	/**
	 * Where the gateway sends the payer back: "payment received, confirming…" until the
	 * notification lands (the page refreshes itself), then the outcome.
	 */
	@GetMapping(RETURN)
	String returned(KaidianUser seller, @RequestParam(name = "payment") UUID paymentId,
			@RequestParam(name = "out_trade_no", required = false) @Nullable String alipayTradeNo, Model model) {
		Payments.PaymentView payment = this.payments.find(seller.accountId(), paymentId)
			.orElseThrow(() -> new NotFoundException("PAYMENT_NOT_FOUND"));
		Invoice invoice = this.invoices.find(seller.accountId(), payment.invoiceId()).orElseThrow();
		model.addAttribute("payment", payment);
		model.addAttribute("invoice", invoice);
		model.addAttribute("state", invoice.status() == InvoiceStatus.PAID || payment.status() == PaymentStatus.PAID
				? "paid" : payment.status() == PaymentStatus.FAILED ? "failed" : "confirming");
		return "billing/payment-return";
	}

}
