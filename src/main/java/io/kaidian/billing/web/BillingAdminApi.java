package io.kaidian.billing.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.billing.Invoice;
import io.kaidian.billing.InvoiceAdjusting;
import io.kaidian.billing.PaymentLookup;
import io.kaidian.billing.PaymentStatus;
import io.kaidian.billing.Refund;
import io.kaidian.billing.Refunding;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;

/**
 * The operators' side of fees (R-FEE; docs/guide/fees.md, "For the operator"; ADR 0024):
 * payments, refused gateway words, refunds, and refunding, waiving or adjusting an
 * invoice.
 */
@RestController
@Tag(name = "Fees")
class BillingAdminApi {

	private final PaymentLookup lookup;

	private final Refunding refunding;

	private final InvoiceAdjusting adjusting;

	BillingAdminApi(PaymentLookup lookup, Refunding refunding, InvoiceAdjusting adjusting) {
		this.lookup = lookup;
		this.refunding = refunding;
		this.adjusting = adjusting;
	}

	@GetMapping("/api/v1/admin/payments")
	@Operation(summary = "The latest payments, of one state or all",
			description = "status PENDING, PAID, FAILED or ABANDONED; 422 PAYMENT_STATUS_INVALID for another")
	List<PaymentLookup.PaymentRow> payments(@RequestParam(required = false) @Nullable String status) {
		return this.lookup.payments(status(status));
	}

	@GetMapping("/api/v1/admin/payment-notifications/refused")
	@Operation(summary = "The latest refused gateway notifications and answers",
			description = "forged, mismatched or unknown; each with its reason and what it said")
	List<PaymentLookup.RefusedRow> refused() {
		return this.lookup.refused();
	}

	@GetMapping("/api/v1/admin/refunds")
	@Operation(summary = "The latest refunds")
	List<Refund> refunds() {
		return this.lookup.refunds();
	}

	@GetMapping("/api/v1/admin/invoices/{invoiceId}")
	@Operation(summary = "One invoice with its payments, refunds and adjustments")
	PaymentLookup.InvoiceFile invoice(@PathVariable UUID invoiceId) {
		return this.lookup.invoice(invoiceId).orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
	}

	@PostMapping("/api/v1/admin/invoices/{invoiceId}/refunds")
	@Operation(summary = "Refund (part of) the payment that paid an invoice",
			description = "Idempotency-Key recommended; 201 with the refund (REQUESTED while the gateway has not "
					+ "answered: sent again later); 422 AMOUNT_INVALID, CHANGE_REASON_REQUIRED, REFUND_EXCEEDS_PAYMENT; "
					+ "409 INVOICE_NOT_PAID")
	ResponseEntity<Refund> refund(@PathVariable UUID invoiceId, @RequestBody @Nullable ChangeRequest request,
			@AuthenticationPrincipal KaidianUser operator) {
		ChangeRequest body = (request != null) ? request : new ChangeRequest(null, null);
		Refund refund = this.refunding.refund(invoiceId, UUID.randomUUID(), body.amount(), body.reason(),
				operator.accountId());
		return ResponseEntity.created(URI.create("/api/v1/admin/refunds/" + refund.refundId())).body(refund);
	}

	@PostMapping("/api/v1/admin/invoices/{invoiceId}/waiver")
	@Operation(summary = "Waive an invoice", description = "Audited with the reason; the invoice counts as settled; "
			+ "409 INVOICE_PAID, INVOICE_WAIVED; 422 CHANGE_REASON_REQUIRED")
	InvoiceJson waive(@PathVariable UUID invoiceId, @RequestBody @Nullable ChangeRequest request,
			@AuthenticationPrincipal KaidianUser operator) {
		return InvoiceJson
			.of(this.adjusting.waive(invoiceId, (request != null) ? request.reason() : null, operator.accountId()));
	}

	@PostMapping("/api/v1/admin/invoices/{invoiceId}/adjustments")
	@Operation(summary = "Change what an invoice asks for",
			description = "Audited with the reason; 409 INVOICE_PAID, INVOICE_WAIVED, AMOUNT_UNCHANGED; "
					+ "422 AMOUNT_INVALID, CHANGE_REASON_REQUIRED")
	InvoiceJson adjust(@PathVariable UUID invoiceId, @RequestBody @Nullable ChangeRequest request,
			@AuthenticationPrincipal KaidianUser operator) {
		ChangeRequest body = (request != null) ? request : new ChangeRequest(null, null);
		return InvoiceJson.of(this.adjusting.adjust(invoiceId, body.amount(), body.reason(), operator.accountId()));
	}

	static @Nullable PaymentStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return PaymentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.of("status", "PAYMENT_STATUS_INVALID");
		}
	}

	/**
	 * A refund, waiver or adjustment.
	 *
	 * @param amount yuan to the cent, e.g. {@code "5000.00"} (not for a waiver)
	 * @param reason why
	 */
	record ChangeRequest(@Nullable String amount, @Nullable String reason) {
	}

	/**
	 * An invoice after an operator's change.
	 *
	 * @param invoiceId its id
	 * @param kind {@code ANNUAL_FEE} or {@code DEPOSIT}
	 * @param amount what it asks for now
	 * @param status {@code DUE}, {@code PAID}, {@code REFUNDED} or {@code WAIVED}
	 */
	record InvoiceJson(UUID invoiceId, String kind, Money amount, String status) {

		static InvoiceJson of(Invoice invoice) {
			return new InvoiceJson(invoice.invoiceId(), invoice.kind().name(), invoice.amount(),
					invoice.status().name());
		}

	}

}
