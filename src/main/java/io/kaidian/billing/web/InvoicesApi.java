package io.kaidian.billing.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.billing.Invoice;
import io.kaidian.billing.Invoices;
import io.kaidian.billing.Payments;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;

/** The seller's fees (API.md, "Fees"; docs/guide/fees.md). */
@RestController
@Tag(name = ApiTags.FEES)
class InvoicesApi {

	static final Set<String> PROVIDERS = Set.of("SANDBOX", "ALIPAY");

	private final Invoices invoices;

	private final Payments payments;

	private final MessageSource messages;

	InvoicesApi(Invoices invoices, Payments payments, MessageSource messages) {
		this.invoices = invoices;
		this.payments = payments;
		this.messages = messages;
	}

	@GetMapping("/api/v1/me/invoices")
	@Operation(summary = "The seller's invoices", description = "Issued when the application is approved")
	List<InvoiceJson> invoices(@AuthenticationPrincipal KaidianUser seller) {
		return this.invoices.of(seller.accountId()).stream().map(InvoiceJson::of).toList();
	}

	@PostMapping("/api/v1/me/invoices/{invoiceId}/payments")
	@Operation(summary = "Pay an invoice through a gateway",
			description = "201 with where to send the payer; the same live payment to concurrent requests; "
					+ "409 INVOICE_PAID once paid; 422 PROVIDER_INVALID, PROVIDER_UNAVAILABLE")
	ResponseEntity<Payments.Started> pay(@PathVariable UUID invoiceId, @RequestBody @Nullable PayRequest request,
			@AuthenticationPrincipal KaidianUser seller, Locale locale) {
		String provider = request != null ? request.provider() : null;
		if (provider == null || !PROVIDERS.contains(provider)) {
			throw RuleViolationException.of("provider", "PROVIDER_INVALID");
		}
		Invoice invoice = this.invoices.find(seller.accountId(), invoiceId)
			.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
		String subject = this.messages.getMessage("invoice-kind." + invoice.kind().name(), null, locale);
		Payments.Started started = this.payments.start(seller.accountId(), invoiceId, provider, subject);
		return ResponseEntity
			.created(URI.create("/api/v1/me/invoices/" + invoiceId + "/payments/" + started.paymentId()))
			.body(started);
	}

	/**
	 * The body of a payment request.
	 *
	 * @param provider {@code SANDBOX} or {@code ALIPAY}
	 */
	record PayRequest(@Nullable String provider) {
	}

	/**
	 * An invoice as API.md shows it.
	 *
	 * @param invoiceId its id
	 * @param kind {@code ANNUAL_FEE} or {@code DEPOSIT}
	 * @param amount how much
	 * @param status {@code DUE} or {@code PAID}
	 */
	record InvoiceJson(UUID invoiceId, String kind, Money amount, String status) {

		static InvoiceJson of(Invoice invoice) {
			return new InvoiceJson(invoice.invoiceId(), invoice.kind().name(), invoice.amount(),
					invoice.status().name());
		}

	}

}
