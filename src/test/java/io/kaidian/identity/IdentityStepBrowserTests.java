package io.kaidian.identity;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;
import io.kaidian.support.ValidNumbers;
import io.kaidian.support.Api;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser walks a seller through real-name authentication in Chinese: from the
 * checklist to the identity step, individual business with personal Alipay (R-ID-2), the
 * four documents with a preview before each upload (R-ID-3), the submit, the Alipay
 * sandbox, the review; then the checklist shows the identity done.
 */
class IdentityStepBrowserTests extends IntegrationTest {

	private static final List<String> DOCUMENTS = List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK",
			"HOLDING_ID_PHOTO");

	@Autowired
	private Outbox outbox;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver browser;

	private Path photo;

	@BeforeEach
	void openBrowser() throws IOException {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
		this.photo = Files.createTempFile("identity-", ".jpg");
		Files.write(this.photo, Samples.jpeg(1000, 700));
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
	}

	@AfterEach
	void deletePhoto() throws IOException {
		Files.deleteIfExists(this.photo);
	}

	@Test
	void aSellerVerifiesAnIndividualBusinessInChineseAndTheReviewerApproves() {
		SellerFixtures.Registered seller = new SellerFixtures(this.api, mail, this.outbox).register();
		String idNumber = ValidNumbers.idNumber(System.nanoTime());

		// signed in through the page, in Chinese
		Browser.signInSeller(baseUrl(), seller.email(), seller.password(), "zh-CN");

		// from the checklist to the identity step
		WebElement start = element("identity-link");
		assertThat(start.getText()).isEqualTo("开始认证");
		start.click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/identity$"));
		assertThat(element("identity-status").getDomAttribute("data-status")).isEqualTo("NONE");

		// individual business: only personal Alipay is offered (R-ID-2)
		element("subjectType-INDIVIDUAL_BUSINESS").click();
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("method-CORPORATE_ALIPAY")));
		element("method-PERSONAL_ALIPAY").click();
		element("companyName").sendKeys("杭州小明茶叶店");
		element("personName").sendKeys("王小明");
		element("personIdNumber").sendKeys(idNumber);
		element("save").click();
		waitFor().until(ExpectedConditions.textToBe(By.id("flash"), "您的信息已保存。"));
		assertThat(element("identity-status").getDomAttribute("data-status")).isEqualTo("DRAFT");
		assertThat(element("personIdNumber-hint").getText())
			.contains(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));

		// the four documents, each previewed before it is uploaded (R-ID-3)
		for (String kind : DOCUMENTS) {
			element("file-" + kind).sendKeys(this.photo.toString());
			waitFor().until((driver) -> element("preview-" + kind).getDomProperty("src").startsWith("blob:"));
			assertThat(element("preview-" + kind).isDisplayed()).isTrue();
			element("upload-" + kind).click();
			waitFor().until((driver) -> "UPLOADED".equals(element("document-" + kind).getDomAttribute("data-status")));
			assertThat(element("status-" + kind).getText()).isEqualTo("已上传");
			assertThat(element("document-" + kind).getText()).contains("清晰度和尺寸均符合要求。");
		}
		assertThat(this.browser.findElements(By.cssSelector("a[href*='/documents/']"))).isEmpty();

		// submit: on to the Alipay sandbox, authorise, back on the checklist
		element("submit").click();
		waitFor().until(ExpectedConditions.urlContains("/sandbox/alipay/authorizations/"));
		element("authorise").click();
		waitFor().until(ExpectedConditions.urlContains("/seller?identity=authorised"));
		assertThat(element("identity-outcome").getText()).isEqualTo("支付宝认证已完成，您的资料已交由审核员审核。");
		reloadUntil("IDENTITY", "IN_REVIEW");

		// a reviewer approves through the review API
		StaffFixtures.Signed reviewer = new StaffFixtures(this.api).signedIn("REVIEWER");
		Api.Reply claimed = this.api.post("/api/v1/review/cases/claim?queue=IDENTITY", "")
			.token(reviewer.token())
			.send();
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
		assertThat(claimed.json().get("memberId").asString()).isEqualTo(seller.memberId());
		Api.Reply decided = this.api
			.post("/api/v1/review/cases/" + claimed.json().get("caseId").asString() + "/decision", Map.of("outcome",
					"APPROVE", "reasons", List.of(), "version", claimed.json().get("version").asLong()))
			.token(reviewer.token())
			.send();
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

		reloadUntil("IDENTITY", "DONE");
		assertThat(element("requirement-APPLICATION").getDomAttribute("data-state")).isEqualTo("DUE");
		assertThat(this.browser.findElements(By.id("identity-link"))).isEmpty();
		this.browser.get(baseUrl() + "/seller/identity");
		assertThat(element("identity-status").getDomAttribute("data-status")).isEqualTo("APPROVED");
		assertThat(element("identity-status").getText()).contains("已认证");
	}

	private void reloadUntil(String requirement, String state) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200)).until((driver) -> {
			driver.get(baseUrl() + "/seller");
			return state.equals(element("requirement-" + requirement).getDomAttribute("data-state"));
		});
	}

	private WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private WebElement element(String id) {
		return this.browser.findElement(By.id(id));
	}

}
