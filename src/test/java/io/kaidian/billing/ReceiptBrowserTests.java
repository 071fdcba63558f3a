package io.kaidian.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser reads a paid fee's receipt in Chinese (docs/guide/fees.md, "Receipts"):
 * from the fees page to the receipt, amounts and dates in Chinese style, only the receipt
 * on paper, and the PDF behind "Download PDF".
 */
class ReceiptBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	@Autowired
	private Offers offers;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void aSellerReadsPrintsAndDownloadsTheReceiptOfAPaidFeeInChinese() throws IOException {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		FeesClient fees = new FeesClient(this.api, baseUrl());
		fees.approve(seller);
		String invoiceId = fees.invoice(seller, "ANNUAL_FEE").get("invoiceId").asString();
		fees.sandbox(fees.paid(seller, invoiceId, "SANDBOX").get("paymentId").asString(), "SUCCESS");
		BigDecimal fee = this.offers.scope("APPAREL").orElseThrow().annualFee(SalesPlan.BASIC).amount();
		String amount = "¥ " + NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE).format(fee) + ".00";

		Browser.signInSeller(baseUrl(), seller.email(), seller.password(), "zh-CN");
		this.browser.get(baseUrl() + "/seller/fees");
		assertThat(this.browser.findElements(By.id("receipt-DEPOSIT"))).as("no receipt before paying").isEmpty();
		WebElement link = element("receipt-ANNUAL_FEE");
		assertThat(link.getText()).isEqualTo("查看收据");
		link.click();
		waitFor().until(ExpectedConditions.urlContains("/seller/fees/" + invoiceId + "/receipt"));

		assertThat(element("receipt").getText()).contains("收据", "付款方", "实付金额");
		assertThat(element("receipt-payer").getText()).isEqualTo("杭州小明茶业有限公司");
		assertThat(element("receipt-member").getText()).isEqualTo(seller.memberId());
		assertThat(element("receipt-for").getText()).isEqualTo("年度技术服务费（服装服饰，基础销售计划）");
		assertThat(element("receipt-amount").getText()).isEqualTo(amount);
		assertThat(element("receipt-paid").getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2}");
		assertThat(element("receipt-provider").getText()).isEqualTo("支付沙箱（测试）");
		assertThat(element("receipt").getText()).doesNotContain("ANNUAL_FEE", "SANDBOX ", "APPAREL", "R-FEE");

		// on paper only the receipt: no navigation, no buttons
		Browser.chromium().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(element("download-pdf").isDisplayed()).isFalse();
			assertThat(this.browser.findElement(By.cssSelector(".masthead")).isDisplayed()).isFalse();
			assertThat(element("receipt-amount").isDisplayed()).isTrue();
		}
		finally {
			Browser.chromium().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}

		// "Download PDF" gives the same receipt, in Chinese, to the signed-in seller
		String href = element("download-pdf").getDomAttribute("href");
		assertThat(href).isEqualTo("/seller/fees/" + invoiceId + "/receipt.pdf");
		HttpResponse<byte[]> pdf = asTheBrowser(href);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("收据", "杭州小明茶业有限公司", "年度技术服务费", amount);
		}
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	/** A GET with the browser's cookies, as following the link would send it. */
	private HttpResponse<byte[]> asTheBrowser(String path) {
		String cookies = this.browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookies)
			.header("Accept-Language", "zh-CN")
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

	private WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private WebElement element(String id) {
		return this.browser.findElement(By.id(id));
	}

}
