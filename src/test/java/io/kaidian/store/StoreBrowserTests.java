package io.kaidian.store;

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
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey's acceptance test in a real browser, in Chinese: a seller whose application
 * is approved pays its fees in the sandbox, passes the exam, sets up its store
 * (R-STORE-1) and payout account (R-STORE-2), adds and publishes ten products and its
 * store opens (R-OPEN-1); the checklist shows every step done and the storefront is
 * public.
 */
class StoreBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	@Autowired
	private ExamFixtures exams;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void R_OPEN_1_aSellerSetsUpAndOpensItsStoreInChinese() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		StoreClient client = new StoreClient(this.api, baseUrl());
		client.approveGeneralStore(seller);

		this.browser.get(baseUrl() + "/sign-in?lang=zh-CN");
		element("email").sendKeys(seller.email());
		element("password").sendKeys(seller.password());
		element("sign-in").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		Browser.console();
		assertThat(state("FEES")).isEqualTo("DUE");
		assertThat(state("STORE_PROFILE")).isEqualTo("BLOCKED");

		// the fees in the sandbox
		element("fees-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/fees$"));
		for (String kind : new String[] { "ANNUAL_FEE", "DEPOSIT" }) {
			element("pay-" + kind + "-SANDBOX").click();
			waitFor().until(ExpectedConditions.urlContains("/sandbox/payments/"));
			element("sandbox-pay").click();
			waitFor().until(ExpectedConditions.urlContains("/seller/fees/return"));
			element("to-fees").click();
			waitFor().until(ExpectedConditions.urlMatches(".*/seller/fees$"));
		}
		this.exams.pass(this.api, seller);
		this.browser.get(baseUrl() + "/seller");
		Browser.reloadUntil("STORE_PROFILE", "DUE");
		assertThat(state("EXAM")).isEqualTo("DONE");

		// the store profile: a reserved domain is refused at its field, then saved
		assertThat(element("store-link").getText()).isEqualTo("设置店铺");
		element("store-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/store$"));
		String domain = StoreJourneyTests.domain("xiaoming");
		element("name").sendKeys("小明女装 " + domain);
		element("domain").sendKeys("admin");
		element("save-store").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("domain-error")));
		assertThat(element("domain-error").getText()).isEqualTo("“admin”为平台保留，请换一个。");
		element("name").clear();
		element("name").sendKeys("小明女装 " + domain);
		element("domain").clear();
		element("domain").sendKeys(domain);
		element("save-store").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("store-status")));
		assertThat(element("flash").getText()).isEqualTo("店铺已保存。");
		assertThat(element("store-status").getText()).contains("设置中");

		// the payout account: another holder is refused, the company's is saved, masked
		element("next-payout").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/collection-account$"));
		element("type-BANK").click();
		element("accountName").sendKeys("王小明");
		element("accountNumber").sendKeys(StoreClient.CARD);
		element("bankName").sendKeys("中国工商银行");
		element("save-payout").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("accountName-error")));
		assertThat(element("accountName-error").getText()).contains("实名认证");
		element("type-BANK").click();
		element("accountName").clear();
		element("accountName").sendKeys("杭州小明茶业有限公司");
		element("accountNumber").sendKeys(StoreClient.CARD);
		element("save-payout").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("current-account")));
		assertThat(element("current-account").getText()).contains("银行账户", "****0128").doesNotContain("62220212");

		// ten products, each added and published
		element("next-products").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/products$"));
		assertThat(element("published-count").getText()).isEqualTo("已发布：0");
		for (int i = 1; i <= 10; i++) {
			element("title").sendKeys("真丝连衣裙 " + i + " 号");
			new Select(element("categoryCode")).selectByVisibleText("女装");
			element("price").sendKeys("199.00");
			element("add-product").click();
			waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
			assertThat(element("flash").getText()).isEqualTo("商品已添加。发布后即可在售。");
			this.browser.findElements(By.cssSelector(".product[data-status='DRAFT'] button.publish")).get(0).click();
			int published = i;
			waitFor().until((driver) -> element("published-count").getText().equals("已发布：" + published));
		}
		assertThat(element("store-open").getText()).contains("您的店铺已开业！");

		// the storefront is public, with the products on sale
		element("storefront-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/stores/" + domain + "$"));
		assertThat(element("store-name").getText()).isEqualTo("小明女装 " + domain);
		assertThat(element("store-level").getText()).contains("暂无评级");
		assertThat(this.browser.findElements(By.cssSelector(".storefront-product"))).hasSize(10);

		// the checklist: every step done
		this.browser.get(baseUrl() + "/seller");
		Browser.reloadUntil("PRODUCTS", "DONE");
		assertThat(this.browser.findElements(By.cssSelector(".requirement"))
			.stream()
			.map((e) -> e.getDomAttribute("data-state"))).containsOnly("DONE");
		assertThat(element("store-open").getText()).isEqualTo("您的店铺已开业，所有步骤均已完成。");
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	private String state(String requirement) {
		return element("requirement-" + requirement).getDomAttribute("data-state");
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
