package io.kaidian.settlement.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser walks an enterprise seller with an approved identity through the
 * settlement application (R-APP-1…5): standard plan, an exclusive store in apparel, two
 * categories (one needing a qualification and a product checklist), two brands (one owned
 * ®, one authorised TM), every document uploaded, the review and the submit; then the
 * checklist shows the application in review.
 */
class ApplicationBrowserTests extends IntegrationTest {

	/** The documents the choices below need (R-APP-4, R-APP-5). */
	private static final List<String> DOCUMENTS = List.of("category-childrens-clothing--CATEGORY_QUALIFICATION",
			"category-childrens-clothing--PRODUCT_CHECKLIST", "brand-0--TRADEMARK_CERTIFICATE",
			"brand-1--TRADEMARK_CERTIFICATE", "brand-1--AUTHORIZATION_LETTER");

	@Autowired
	private Outbox outbox;

	private WebDriver browser;

	private Path scan;

	@BeforeEach
	void openBrowser() throws IOException {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
		this.scan = Files.createTempFile("application-", ".jpg");
		Files.write(this.scan, Samples.jpeg(1000, 700));
	}

	@AfterEach
	void deleteScan() throws IOException {
		Files.deleteIfExists(this.scan);
	}

	@Test
	void R_APP_3_R_APP_5_anEnterpriseFilesAnExclusiveStoreWithTwoBrandsAndSubmitsIt() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();

		Browser.signInSeller(baseUrl(), seller.email(), seller.password(), "en");
		reloadUntil("APPLICATION", "DUE");

		// from the checklist to the first step
		WebElement start = element("application-link");
		assertThat(start.getText()).isEqualTo("Start");
		start.click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/plan$"));
		assertThat(element("application-status").getDomAttribute("data-status")).isEqualTo("NONE");
		assertThat(element("rule").getText()).contains("Enterprises choose either plan.");
		assertThat(element("salesPlan-STANDARD").isEnabled()).isTrue();

		// plan, store type, scope: each saved, on to the next step
		element("salesPlan-STANDARD").click();
		saveAndExpect("store-type");
		assertThat(element("store-type-EXCLUSIVE").getText()).contains("One or more brands of the scope");
		element("storeType-EXCLUSIVE").click();
		saveAndExpect("scope");
		element("businessScope-APPAREL").click();
		saveAndExpect("categories");

		// two categories; one needs a qualification and a product checklist (R-APP-4)
		assertThat(element("category-childrens-clothing").getText()).contains("Qualification document required",
				"Product checklist required");
		element("categories-womens-clothing").click();
		element("categories-childrens-clothing").click();
		saveAndExpect("brands");

		// two brands, added row by row (R-APP-5)
		assertThat(element("store-type-rule").getText()).contains("One or more brands of the scope");
		element("add-brand").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("brands-0-name")));
		brand(0, "Westlake Loom", "23456789", "REGISTERED", "25", "OWNED", "杭州小明茶业有限公司");
		element("add-brand").click();
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("brands-1-name")));
		assertThat(element("brands-0-name").getDomProperty("value")).isEqualTo("Westlake Loom");
		brand(1, "Qiantang Thread", "34567890", "TM", "25", "AUTHORIZED", "钱塘纺织有限公司");
		saveAndExpect("documents");

		// every document the choices need, each uploaded and checked at once
		for (String document : DOCUMENTS) {
			assertThat(element(document).getDomAttribute("data-status")).isEqualTo("NONE");
			element("file-" + document).sendKeys(this.scan.toString());
			element("upload-" + document).click();
			waitFor().until((driver) -> "UPLOADED".equals(element(document).getDomAttribute("data-status")));
			assertThat(element("status-" + document).getText()).isEqualTo("Uploaded");
		}
		assertThat(absent(By.cssSelector("[id^='category-womens-clothing--']"))).isTrue();

		// the review shows everything, then the submit
		element("next").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/review$"));
		assertThat(element("summary-salesPlan").getText()).contains("Standard sales plan");
		assertThat(element("summary-storeType").getText()).contains("Exclusive store");
		assertThat(element("summary-businessScope").getText()).contains("Apparel & Accessories");
		assertThat(element("items").getText()).contains("Westlake Loom", "Qiantang Thread", "23456789", "Children");
		element("submit").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		assertThat(element("flash").getText()).contains("Your settlement application was submitted");
		reloadUntil("APPLICATION", "IN_REVIEW");
		assertThat(element("requirement-APPLICATION").getText()).contains("Decision expected by");

		// the application now reads as in review, with nothing to change
		element("application-link").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/review$"));
		assertThat(element("application-status").getDomAttribute("data-status")).isEqualTo("IN_REVIEW");
		assertThat(absent(By.id("submit"))).isTrue();
	}

	private void brand(int index, String name, String number, String status, String trademarkClass, String ownership,
			String owner) {
		String id = "brands-" + index + "-";
		element(id + "name").sendKeys(name);
		element(id + "trademarkNumber").sendKeys(number);
		new Select(element(id + "trademarkStatus")).selectByValue(status);
		element(id + "trademarkClass").sendKeys(trademarkClass);
		new Select(element(id + "ownership")).selectByValue(ownership);
		element(id + "owner").sendKeys(owner);
	}

	private void saveAndExpect(String next) {
		element("save").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/application/" + next + "$"));
		assertThat(absent(By.id("error-summary"))).as("no refusal before " + next).isTrue();
		assertThat(element("flash").getText()).isEqualTo("Your choices are saved.");
	}

	private void reloadUntil(String requirement, String state) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200)).until((driver) -> {
			driver.get(baseUrl() + "/seller");
			return state.equals(element("requirement-" + requirement).getDomAttribute("data-state"));
		});
	}

	/** Whether the page has no such element, asked without the implicit wait. */
	private boolean absent(By locator) {
		this.browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return this.browser.findElements(locator).isEmpty();
		}
		finally {
			this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		}
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
