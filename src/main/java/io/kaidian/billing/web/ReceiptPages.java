package io.kaidian.billing.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kaidian.billing.Receipt;
import io.kaidian.billing.ReceiptLookup;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.Attachments;

/**
 * The seller's receipt of a paid fee (docs/guide/fees.md, "Receipts"): a page that prints
 * cleanly, and the same receipt as a PDF download.
 */
@Controller
class ReceiptPages {

	private final ReceiptLookup receipts;

	private final ReceiptLinesAssembler lines;

	private final ReceiptPdf pdf;

	ReceiptPages(ReceiptLookup receipts, ReceiptLinesAssembler lines, ReceiptPdf pdf) {
		this.receipts = receipts;
		this.lines = lines;
		this.pdf = pdf;
	}

	@GetMapping("/seller/fees/{invoiceId}/receipt")
	String receipt(@PathVariable UUID invoiceId, KaidianUser seller, Locale locale, Model model) {
		Receipt receipt = this.receipts.of(seller.accountId(), invoiceId);
		model.addAttribute("invoiceId", invoiceId);
		model.addAttribute("receipt", this.lines.lines(receipt, locale));
		return "billing/receipt";
	}

	@GetMapping("/seller/fees/{invoiceId}/receipt.pdf")
	ResponseEntity<byte[]> download(@PathVariable UUID invoiceId, KaidianUser seller, Locale locale) {
		Receipt receipt = this.receipts.of(seller.accountId(), invoiceId);
		return Attachments.of(ReceiptsApi.fileName(receipt), MediaType.APPLICATION_PDF_VALUE,
				this.pdf.render(this.lines.lines(receipt, locale), locale));
	}

}
