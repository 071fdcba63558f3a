package io.kaidian.billing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.TestAlipay;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser pays a seller's fees through the sandbox in Chinese (R-FEE): from the
 * checklist to the fees, each fee with what it is for, the sandbox page, the return page;
 * then the checklist shows the fees done and the exam due.
 */
class FeesBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void aSellerPaysBothFeesInTheSandboxInChineseAndTheChecklistMovesToTheExam() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		new FeesClient(this.api, baseUrl()).approve(seller);

		Browser.signInSeller(baseUrl(), seller.email(), seller.password(), "zh-CN");
		Browser.console();
		assertThat(element("requirement-FEES").getDomAttribute("data-state")).isEqualTo("DUE");
		assertThat(element("requirement-EXAM").getDomAttribute("data-state")).isEqualTo("BLOCKED");

		// the fees, each with what it is for
		WebElement link = element("fees-link");
		assertThat(link.getText()).isEqualTo("去缴费");
		link.click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/fees$"));
		assertThat(element("invoice-ANNUAL_FEE").getText()).contains("年度技术服务费", "技术服务的年费", "待缴");
		assertThat(element("invoice-DEPOSIT").getText()).contains("保证金", "退还", "待缴");

		// the annual fee through the sandbox
		element("pay-ANNUAL_FEE-SANDBOX").click();
		waitFor().until(ExpectedConditions.urlContains("/sandbox/payments/"));
		assertThat(element("sandbox-amount").getText()).startsWith("¥ ");
		element("sandbox-pay").click();
		waitFor().until(ExpectedConditions.urlContains("/seller/fees/return"));
		assertThat(element("payment-state").getDomAttribute("data-state")).isEqualTo("paid");
		assertThat(element("payment-state").getText()).isEqualTo("支付成功，谢谢！收据已发送至您的邮箱。");
		element("to-fees").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/fees$"));
		assertThat(element("invoice-ANNUAL_FEE").getDomAttribute("data-status")).isEqualTo("PAID");

		// the deposit through Alipay: back from it, the page waits for the notification
		String amount = new FeesClient(this.api, baseUrl()).invoice(seller, "DEPOSIT")
			.get("amount")
			.get("amount")
			.asString();
		element("pay-DEPOSIT-ALIPAY").click();
		waitFor().until(ExpectedConditions.urlContains(TestAlipay.GATEWAY));
		String biz = FeesClient.query(this.browser.getCurrentUrl()).get("biz_content");
		String paymentId = biz.replaceAll(".*\"out_trade_no\":\"([^\"]+)\".*", "$1");
		this.browser.get(baseUrl() + "/seller/fees/return?payment=" + paymentId);
		assertThat(element("payment-state").getDomAttribute("data-state")).isEqualTo("confirming");
		assertThat(element("payment-state").getText()).isEqualTo("已收到付款，正在与支付机构确认…");
		Map<String, String> notification = new HashMap<>();
		notification.put("app_id", TestAlipay.APP_ID);
		notification.put("seller_id", TestAlipay.SELLER_ID);
		notification.put("out_trade_no", paymentId);
		notification.put("trade_no", "2026120322001400000001");
		notification.put("total_amount", amount);
		notification.put("trade_status", "TRADE_SUCCESS");
		assertThat(new FeesClient(this.api, baseUrl()).notify("alipay", TestAlipay.signed(notification)).body())
			.isEqualTo("success");
		waitFor().until((driver) -> "paid".equals(element("payment-state").getDomAttribute("data-state")));
		element("to-fees").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/fees$"));
		assertThat(element("invoice-DEPOSIT").getDomAttribute("data-status")).isEqualTo("PAID");
		assertThat(element("all-paid").getText()).isEqualTo("费用已全部缴清。下一步：参加规则考试。");

		// the checklist moves on: fees done, the exam due
		element("back-to-checklist").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		Browser.reloadUntil("FEES", "DONE");
		assertThat(element("requirement-EXAM").getDomAttribute("data-state")).isEqualTo("DUE");
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	private WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private WebElement element(String id) {
		return this.browser.findElement(org.openqa.selenium.By.id(id));
	}

}
