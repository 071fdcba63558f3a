package io.kaidian.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.TestClients;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paid invoice's receipt (API.md "Fees"; ADR 0025): JSON by default, a PDF with the
 * Chinese text and the amount in it for {@code Accept: application/pdf}; none before the
 * invoice is paid, and none of another seller's.
 */
class ReceiptTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	Offers offers;

	private ApprovedSellers sellers;

	private FeesClient fees;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.fees = new FeesClient(this.api, baseUrl());
	}

	@Test
	void R_FEE_2_aPaidInvoiceHasAReceiptInJsonAndAsAPdfInChinese() throws IOException {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		JsonNode annual = this.fees.invoice(seller, "ANNUAL_FEE");
		String invoiceId = annual.get("invoiceId").asString();
		String paymentId = this.fees.paid(seller, invoiceId, "SANDBOX").get("paymentId").asString();
		Instant before = this.clock.instant();
		assertThat(this.fees.sandbox(paymentId, "SUCCESS").body()).contains("PAID");
		Instant after = this.clock.instant();

		Api.Reply json = this.api.get(receipt(invoiceId)).token(seller.token()).language("zh-CN").send();
		assertThat(json.status()).as(json.toString()).isEqualTo(200);
		assertThat(json.header("Content-Type")).startsWith("application/json");
		JsonNode receipt = json.json();
		BigDecimal fee = this.offers.scope("APPAREL").orElseThrow().annualFee(SalesPlan.BASIC).amount();
		assertThat(receipt.get("invoiceId").asString()).isEqualTo(invoiceId);
		assertThat(receipt.get("kind").asString()).isEqualTo("ANNUAL_FEE");
		assertThat(receipt.get("amount").get("amount").asString()).isEqualTo(fee.toPlainString());
		assertThat(receipt.get("amount").get("currency").asString()).isEqualTo("CNY");
		assertThat(receipt.get("paymentId").asString()).isEqualTo(paymentId);
		assertThat(receipt.get("provider").asString()).isEqualTo("SANDBOX");
		assertThat(receipt.get("gatewayTradeNo").asString()).isEqualTo("SANDBOX" + paymentId.replace("-", ""));
		assertThat(receipt.get("memberId").asString()).isEqualTo(seller.memberId());
		assertThat(receipt.get("subjectName").asString()).isEqualTo("杭州小明茶业有限公司");
		assertThat(receipt.get("businessScope").asString()).isEqualTo("APPAREL");
		assertThat(receipt.get("salesPlan").asString()).isEqualTo("BASIC");
		assertThat(receipt.get("description").asString()).contains("年度技术服务费", "服装服饰");
		assertThat(Instant.parse(receipt.get("paidAt").asString())).isBetween(before, after);

		HttpResponse<byte[]> pdf = pdf(seller, invoiceId, "zh-CN");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("receipt-" + invoiceId + ".pdf");
		String grouped = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE).format(fee);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("收据", "杭州小明茶业有限公司", "年度技术服务费", "服装服饰", "实付金额", seller.memberId(), paymentId,
					"¥ " + grouped + ".00");
			assertThat(fonts(document)).isNotEmpty()
				.allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
				.anySatisfy((font) -> assertThat(font.getName()).contains("NotoSansSC"));
		}

		// English when the reader reads English
		HttpResponse<byte[]> english = pdf(seller, invoiceId, "en");
		try (PDDocument document = Loader.loadPDF(english.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Receipt", "Annual technical service fee",
					"Amount paid", "杭州小明茶业有限公司",
					"¥ " + NumberFormat.getNumberInstance(Locale.ENGLISH).format(fee) + ".00");
		}
	}

	@Test
	void R_FEE_2_anUnpaidInvoiceHasNoReceiptAndAnotherSellersIsNotFound() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		String deposit = this.fees.invoice(seller, "DEPOSIT").get("invoiceId").asString();

		Api.Reply unpaid = this.api.get(receipt(deposit)).token(seller.token()).send();
		assertThat(unpaid.status()).as(unpaid.toString()).isEqualTo(409);
		assertThat(unpaid.json().get("code").asString()).isEqualTo("INVOICE_NOT_PAID");
		assertThat(pdf(seller, deposit, "en").statusCode()).isEqualTo(409);

		// paid by its owner, it is still not another seller's to read
		String paymentId = this.fees.paid(seller, deposit, "SANDBOX").get("paymentId").asString();
		this.fees.sandbox(paymentId, "SUCCESS");
		assertThat(this.api.get(receipt(deposit)).token(seller.token()).send().status()).isEqualTo(200);
		ApprovedSellers.Seller other = this.sellers.enterprise();
		Api.Reply foreign = this.api.get(receipt(deposit)).token(other.token()).send();
		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		assertThat(foreign.json().get("code").asString()).isEqualTo("INVOICE_NOT_FOUND");
		assertThat(pdf(other, deposit, "en").statusCode()).isEqualTo(404);
		assertThat(this.api.get(receipt(deposit)).send().status()).isEqualTo(401);
	}

	private static String receipt(String invoiceId) {
		return "/api/v1/me/invoices/" + invoiceId + "/receipt";
	}

	private HttpResponse<byte[]> pdf(ApprovedSellers.Seller seller, String invoiceId, String language) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + receipt(invoiceId)))
			.header("Authorization", "Bearer " + seller.token())
			.header("Accept", "application/pdf")
			.header("Accept-Language", language)
			.header(TestClients.FORWARDED_FOR, this.api.client())
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

}
