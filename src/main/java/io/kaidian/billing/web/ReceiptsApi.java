package io.kaidian.billing.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.billing.Receipt;
import io.kaidian.billing.ReceiptLookup;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.web.Attachments;
import io.kaidian.platform.security.KaidianUser;

/**
 * A paid invoice's receipt (API.md, "Fees"; docs/guide/fees.md, "Receipts"): JSON, or the
 * PDF for {@code Accept: application/pdf}.
 */
@RestController
@Tag(name = "Fees")
class ReceiptsApi {

	private final ReceiptLookup receipts;

	private final ReceiptLinesAssembler text;

	private final ReceiptPdf pdf;

	ReceiptsApi(ReceiptLookup receipts, ReceiptLinesAssembler text, ReceiptPdf pdf) {
		this.receipts = receipts;
		this.text = text;
		this.pdf = pdf;
	}

	@GetMapping(path = "/api/v1/me/invoices/{invoiceId}/receipt",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE })
	@Operation(summary = "A paid invoice's receipt",
			description = "JSON by default, the PDF for Accept: application/pdf; 409 INVOICE_NOT_PAID before "
					+ "it is paid; 404 INVOICE_NOT_FOUND for an invoice not the seller's")
	ResponseEntity<?> receipt(@PathVariable UUID invoiceId, @AuthenticationPrincipal KaidianUser seller,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, Locale locale) {
		Receipt receipt = this.receipts.of(seller.accountId(), invoiceId);
		if (wantsPdf(accept)) {
			return Attachments.of(fileName(receipt), MediaType.APPLICATION_PDF_VALUE,
					this.pdf.render(this.text.lines(receipt, locale), locale));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(ReceiptJson.of(receipt, this.text.description(receipt, locale)));
	}

	static String fileName(Receipt receipt) {
		return "receipt-" + receipt.invoiceId() + ".pdf";
	}

	/** The PDF when the client prefers it to JSON; JSON for no or any preference. */
	static boolean wantsPdf(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types = MediaType.parseMediaTypes(accept);
		MimeTypeUtils.sortBySpecificity(types);
		for (MediaType type : types) {
			if (type.isWildcardType() || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
				return false;
			}
			if (MediaType.APPLICATION_PDF.isCompatibleWith(type)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A receipt as API.md shows it.
	 *
	 * @param invoiceId the invoice paid
	 * @param kind {@code ANNUAL_FEE} or {@code DEPOSIT}
	 * @param amount how much was paid
	 * @param description what the fee was for, in the caller's language
	 * @param businessScope the business scope's code
	 * @param salesPlan the sales plan's code
	 * @param issuedAt when the invoice was issued
	 * @param paidAt when the payment was confirmed
	 * @param paymentId our payment (the gateway's {@code out_trade_no})
	 * @param provider {@code SANDBOX} or {@code ALIPAY}
	 * @param gatewayTradeNo the gateway's trade number
	 * @param memberId the payer's member ID
	 * @param subjectName the payer's verified enterprise or business name
	 */
	record ReceiptJson(UUID invoiceId, String kind, Money amount, String description, String businessScope,
			String salesPlan, Instant issuedAt, Instant paidAt, UUID paymentId, String provider,
			@Nullable String gatewayTradeNo, String memberId, @Nullable String subjectName) {

		static ReceiptJson of(Receipt receipt, String description) {
			return new ReceiptJson(receipt.invoiceId(), receipt.kind().name(), receipt.amount(), description,
					receipt.businessScope(), receipt.salesPlan(), receipt.issuedAt(), receipt.paidAt(),
					receipt.paymentId(), receipt.provider(), receipt.gatewayTradeNo(), receipt.memberId(),
					receipt.subjectName());
		}

	}

}
