package io.kaidian.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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

import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Browser;
import io.kaidian.support.ExamFixtures;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.ReviewerClient;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.ValidNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's main acceptance test: a seller goes from the home page to an open store
 * in a real browser, in Chinese. It registers (R-REG), authenticates its enterprise
 * (R-ID), files a general store application (R-APP), pays both fees in the sandbox
 * (R-FEE), passes the rules exam (R-EXAM), sets up its store (R-STORE-1) and payout
 * account (R-STORE-2), publishes ten products and its store opens (R-OPEN-1); the
 * checklist is checked at every step and the storefront is public at the end. The two
 * reviewer decisions are taken over the review API: the reviewers' pages have their own
 * browser tests.
 */
class SellerJourneyBrowserTests extends IntegrationTest {

	private static final String COMPANY = "杭州小明茶业有限公司";

	private static final List<String> IDENTITY_DOCUMENTS = List.of("BUSINESS_LICENSE", "BANK_ACCOUNT_LICENSE",
			"ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO");

	@Autowired
	private Outbox outbox;

	private WebDriver browser;

	private Path photo;

	@BeforeEach
	void openBrowser() throws IOException {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
		this.photo = Files.createTempFile("journey-", ".jpg");
		Files.write(this.photo, Samples.jpeg(1000, 700));
	}

	@AfterEach
	void deletePhoto() throws IOException {
		Files.deleteIfExists(this.photo);
	}

	@Test
	void R_OPEN_1_aSellerGoesFromSignUpToAnOpenStoreInChinese() {
		String memberId = register();
		verifyIdentity(memberId);
		apply(memberId);
		payFees();
		passExam();
		String domain = setUpStore();
		setPayoutAccount();
		publishTenProducts();

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

	/** From the home page in Chinese: email, phone and details (R-REG); the checklist. */
	private String register() {
		SellerFixtures codes = new SellerFixtures(this.api, mail, this.outbox);
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		this.browser.get(baseUrl() + "/");
		element("lang-zh").click();
		element("register-button").click();
		element("email").sendKeys(email);
		element("send-code").click();
		assertThat(element("code-sent").getText()).contains(email);
		element("emailCode").sendKeys(codes.latestEmailCode(email));
		element("next").click();
		element("phone").sendKeys(phone);
		element("send-code").click();
		assertThat(element("code-sent").getText()).contains(phone);
		element("phoneCode").sendKeys(codes.latestSmsCode(phone));
		element("next").click();
		element("password").sendKeys("Tea-garden-7431");
		element("chineseName").sendKeys("王小明");
		element("firstName").sendKeys("Xiaoming");
		element("lastName").sendKeys("Wang");
		element("address-province").sendKeys("浙江省");
		element("address-city").sendKeys("杭州市");
		element("address-line1").sendKeys("文一西路 969 号");
		element("address-postalCode").sendKeys("311121");
		element("register").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		Browser.console();
		assertThat(state("ACCOUNT")).isEqualTo("DONE");
		assertThat(state("IDENTITY")).isEqualTo("DUE");
		assertThat(state("APPLICATION")).isEqualTo("BLOCKED");
		return element("member-id").getText().strip();
	}

	/**
	 * The enterprise and its legal representative, five documents, the Alipay sandbox
	 * (R-ID-2, R-ID-3); a reviewer approves.
	 */
	private void verifyIdentity(String memberId) {
		element("identity-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/identity$"));
		element("subjectType-ENTERPRISE").click();
		waitFor().until(ExpectedConditions.elementToBeClickable(By.id("method-LEGAL_REP_ALIPAY")));
		element("method-LEGAL_REP_ALIPAY").click();
		element("companyName").sendKeys(COMPANY);
		element("creditCode").sendKeys(ValidNumbers.creditCode(System.nanoTime()));
		element("personName").sendKeys("王小明");
		element("personIdNumber").sendKeys(ValidNumbers.idNumber(System.nanoTime()));
		element("save").click();
		waitFor().until(ExpectedConditions.textToBe(By.id("flash"), "您的信息已保存。"));
		for (String kind : IDENTITY_DOCUMENTS) {
			element("file-" + kind).sendKeys(this.photo.toString());
			waitFor().until((driver) -> element("preview-" + kind).getDomProperty("src").startsWith("blob:"));
			element("upload-" + kind).click();
			waitFor().until((driver) -> "UPLOADED".equals(element("document-" + kind).getDomAttribute("data-status")));
		}
		element("submit").click();
		waitFor().until(ExpectedConditions.urlContains("/sandbox/alipay/authorizations/"));
		element("authorise").click();
		waitFor().until(ExpectedConditions.urlContains("/seller?identity=authorised"));
		Browser.reloadUntil("IDENTITY", "IN_REVIEW");

		ReviewerClient reviewer = new ReviewerClient(this.api, new StaffFixtures(this.api).tokenFor("REVIEWER"));
		reviewer.approve(reviewer.claimCaseOf("IDENTITY", memberId));
		Browser.reloadUntil("IDENTITY", "DONE");
		assertThat(state("APPLICATION")).isEqualTo("DUE");
	}

	/**
	 * A basic general apparel store in two categories without a brand (R-APP-1…5); a
	 * reviewer approves every item and the fees fall due.
	 */
	private void apply(String memberId) {
		element("application-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/plan$"));
		element("salesPlan-BASIC").click();
		saveAndExpect("store-type");
		element("storeType-GENERAL").click();
		saveAndExpect("scope");
		element("businessScope-APPAREL").click();
		saveAndExpect("categories");
		element("categories-womens-clothing").click();
		element("categories-mens-clothing").click();
		saveAndExpect("brands");
		assertThat(element("noBrand").isSelected()).isTrue();
		saveAndExpect("documents");
		element("next").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/review$"));
		assertThat(element("items").getText()).contains("女装", "男装");
		element("submit").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		assertThat(element("flash").getText()).isEqualTo("您的入驻申请已提交，审核员将逐一审核每个类目和品牌。");
		Browser.reloadUntil("APPLICATION", "IN_REVIEW");
		// the decision date, in Beijing time, written as Chinese writes dates
		assertThat(element("requirement-APPLICATION").findElement(By.className("expected-decision")).getText())
			.matches("预计审核完成：\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}（北京时间）");

		ApplicationClient applications = new ApplicationClient(this.api, baseUrl());
		applications.decide(applications.claim(memberId), Map.of());
		Browser.reloadUntil("FEES", "DUE");
		assertThat(state("STORE_PROFILE")).isEqualTo("BLOCKED");
	}

	/** The annual fee and the deposit, each paid in the sandbox (R-FEE). */
	private void payFees() {
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
		this.browser.get(baseUrl() + "/seller");
		Browser.reloadUntil("FEES", "DONE");
		assertThat(state("EXAM")).isEqualTo("DUE");
	}

	/** Every question answered right, from the operators' bank (R-EXAM-1). */
	private void passExam() {
		Map<String, String> right = ExamFixtures.rightTexts(this.api, "textZh");
		element("exam-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/exam$"));
		new WebDriverWait(this.browser, StoreClient.WAIT).until((driver) -> {
			driver.get(baseUrl() + "/seller/exam");
			return "READY".equals(element("exam").getDomAttribute("data-state"));
		});
		element("start-exam").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/exam/attempts/[0-9a-f-]+$"));
		for (WebElement question : this.browser.findElements(By.cssSelector("li.question"))) {
			String rightText = right.get(question.getDomAttribute("id").substring("question-".length()));
			question.findElements(By.cssSelector("label.option"))
				.stream()
				.filter((option) -> option.getText().strip().equals(rightText))
				.findFirst()
				.orElseThrow()
				.findElement(By.tagName("input"))
				.click();
		}
		element("submit-answers").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/result$"));
		assertThat(element("passed").getText()).isEqualTo("您已通过考试，得分 100%。");
		element("back-to-checklist").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		Browser.reloadUntil("STORE_PROFILE", "DUE");
		assertThat(state("EXAM")).isEqualTo("DONE");
	}

	/** A reserved domain refused at its field, then the store saved (R-STORE-1). */
	private String setUpStore() {
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
		return domain;
	}

	/** Another holder refused; the company's bank account saved, masked (R-STORE-2). */
	private void setPayoutAccount() {
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
		element("accountName").sendKeys(COMPANY);
		element("accountNumber").sendKeys(StoreClient.CARD);
		element("save-payout").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("current-account")));
		assertThat(element("current-account").getText()).contains("银行账户", "****0128").doesNotContain("62220212");
	}

	/** Ten products, each added and published; the tenth opens the store (R-OPEN-1). */
	private void publishTenProducts() {
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
	}

	private void saveAndExpect(String next) {
		element("save").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/" + next + "$"));
		assertThat(element("flash").getText()).isEqualTo("您的选择已保存。");
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
