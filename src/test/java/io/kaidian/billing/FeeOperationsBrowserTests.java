package io.kaidian.billing;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.TestAlipay;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator, in Chinese in a real browser, finds a paid deposit among the payments,
 * sees a forged notification among the refused ones, refunds the deposit after
 * confirming, and waives the annual fee (R-FEE; docs/guide/fees.md, "For the operator").
 */
class FeeOperationsBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void anOperatorRefundsADepositAndWaivesAFeeInChinese() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		FeesClient fees = new FeesClient(this.api, baseUrl());
		fees.approve(seller);
		FeesClient.Paying deposit = fees.paidThroughAlipay(seller, "DEPOSIT");
		fees.notify("alipay", TestAlipay
			.forged(FeesClient.alipayNotification(deposit.paymentId(), deposit.amount(), "TRADE_SUCCESS")));
		String annual = fees.invoice(seller, "ANNUAL_FEE").get("invoiceId").asString();

		this.browser.get(baseUrl() + "/staff/sign-in?lang=zh-CN");
		element("email").sendKeys(StaffFixtures.ROOT_EMAIL);
		element("password").sendKeys(StaffFixtures.ROOT_PASSWORD);
		element("sign-in").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/staff$"));
		Browser.console();
		assertThat(element("payments-link").getText()).isEqualTo("支付与退款");
		element("payments-link").click();

		// the paid deposit among the paid payments, the forged notification among the
		// refused
		waitFor().until(ExpectedConditions.urlContains("/staff/operations/payments"));
		new Select(element("status")).selectByValue("PAID");
		element("filter").click();
		waitFor().until(ExpectedConditions.urlContains("status=PAID"));
		WebElement row = element("payment-" + deposit.paymentId());
		assertThat(row.getText()).contains("保证金", "支付宝", "已支付", seller.memberId());
		assertThat(element("refused").getText()).contains("签名无效", "异步通知");

		// the refund, confirmed
		row.findElement(By.className("invoice-link")).click();
		waitFor().until(ExpectedConditions.urlContains("/staff/operations/invoices/" + deposit.invoiceId()));
		assertThat(element("invoice-status").getText()).isEqualTo("已缴");
		element("refund-amount").sendKeys(deposit.amount());
		element("refund-reason").sendKeys("开业前退出");
		element("refund-submit").click();
		assertThat(this.browser.findElements(By.id("done"))).as("not sent without the confirmation").isEmpty();
		element("refund-confirm").click();
		element("refund-submit").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(element("done").getText()).isEqualTo("已退款。");
		assertThat(element("invoice-status").getDomAttribute("data-status")).isEqualTo("REFUNDED");
		assertThat(element("invoice-status").getText()).isEqualTo("已退款");
		assertThat(element("invoice-refunds").getText()).contains("开业前退出", "已退款", "¥ " + deposit.amount());
		assertThat(TestAlipay.SERVER.refunded(deposit.paymentId())).isEqualByComparingTo(deposit.amount());

		// the annual fee waived, confirmed
		this.browser.get(baseUrl() + "/staff/operations/invoices/" + annual);
		element("waive-reason").sendKeys("集团担保");
		element("waive-confirm").click();
		element("waive-submit").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(element("done").getText()).isEqualTo("此项费用已免除。");
		assertThat(element("invoice-status").getText()).isEqualTo("已免除");
		assertThat(element("adjustments").getText()).contains("已免除", "集团担保");

		element("to-payments").click();
		waitFor().until(ExpectedConditions.urlContains("/staff/operations/payments"));
		assertThat(element("refunds").getText()).contains("开业前退出");
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
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
