package io.kaidian.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.ValidNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's workspace in a real browser, in both languages, on a laptop (1366 px)
 * and a phone (375 px), ADR 0030: the reviewer sees the documents inline (zoom, rotate),
 * shows the ID number in full (recorded in the audit trail), rejects with a reason picked
 * by its number and a note, and the seller reads exactly that note. With
 * {@code -Dkaidian.screenshots=docs/guide/img} it saves the case page for the guide.
 */
class ReviewerWorkspaceBrowserTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@BeforeEach
	void setUp() {
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@ParameterizedTest
	@CsvSource({ "en, 1366, Case rejected", "zh-CN, 1366, 案件已驳回", "en, 375, Case rejected", "zh-CN, 375, 案件已驳回" })
	void PRODUCT_4_1_theReviewerChecksTheDocumentsAndTheNumberAndRejectsWithANoteTheSellerReads(String lang, int width,
			String rejected) throws Exception {
		this.browser.manage().window().setSize(new Dimension(width, 900));
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		SellerFixtures.Registered seller = sellers.register();
		String idNumber = ValidNumbers.idNumber(System.nanoTime());
		new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).submitIdentity(sellers.signIn(seller),
				"INDIVIDUAL_BUSINESS", idNumber);
		StaffFixtures.Credentials reviewer = new StaffFixtures(this.api).create("REVIEWER");
		UUID reviewerId = UUID.fromString(
				this.api.post("/api/v1/sessions", Map.of("email", reviewer.email(), "password", reviewer.password()))
					.send()
					.json()
					.get("staffId")
					.asString());

		this.browser.get(baseUrl() + "/staff/sign-in?lang=" + lang);
		this.browser.findElement(By.id("email")).sendKeys(reviewer.email());
		this.browser.findElement(By.id("password")).sendKeys(reviewer.password());
		this.browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.urlMatches(".*/staff$"));
		this.browser.get(baseUrl() + "/staff/review/IDENTITY");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
		assertThat(this.browser.findElement(By.id("queue")).getText()).contains("杭州小明茶叶店");
		click(By.id("claim-next"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("case-heading"), seller.memberId()));
		UUID caseId = UUID.fromString(this.browser.findElement(By.id("review-case")).getDomAttribute("data-case-id"));

		// every document shows inline, as an image the browser decoded
		List<WebElement> images = this.browser.findElements(By.className("document-page"));
		assertThat(images).hasSize(4);
		WebElement first = images.get(0);
		wait((driver) -> decoded(first));
		if (width == 1366) {
			((JavascriptExecutor) this.browser).executeScript("window.scrollTo(0, 0)");
			screenshot("reviewer-case-after" + ("en".equals(lang) ? "" : "-zh") + ".png");
		}
		WebElement viewer = this.browser.findElement(By.cssSelector("#document-0 .document-viewer"));
		click(viewer.findElement(By.cssSelector("[data-action=zoom-in]")));
		click(viewer.findElement(By.cssSelector("[data-action=rotate]")));
		assertThat(first.getDomAttribute("style")).contains("width: 150%", "rotate(90deg)");
		click(viewer.findElement(By.cssSelector("[data-action=rotate]")));
		click(viewer.findElement(By.cssSelector("[data-action=rotate]")));
		click(viewer.findElement(By.cssSelector("[data-action=rotate]")));
		click(viewer.findElement(By.cssSelector("[data-action=zoom-out]")));

		// the ID number, shown in full once asked for, and recorded
		assertThat(this.browser.findElement(By.id("reveal-personIdNumber")).getText()).doesNotContain(idNumber);
		click(By.id("reveal-button-personIdNumber"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#reveal-personIdNumber .full-number"),
				idNumber));
		Map<String, Object> audit = this.jdbc.sql(
				"SELECT actor_id, actor_kind, detail->>'field' AS field, detail->>'caseId' AS case_id FROM audit_entry "
						+ "WHERE subject = :subject AND action = 'NUMBER_REVEALED'")
			.param("subject", "review-case:" + caseId)
			.query()
			.singleRow();
		assertThat(audit).containsEntry("actor_id", reviewerId)
			.containsEntry("actor_kind", "STAFF")
			.containsEntry("field", "personIdNumber")
			.containsEntry("case_id", caseId.toString());

		// reject: the reason picked by its number, the note with it
		click(By.id("outcome-reject"));
		WebElement group = this.browser.findElement(By.cssSelector(".reason-group[data-field=ID_FRONT]"));
		WebElement option = group.findElement(By.cssSelector("option[data-code=PHOTO_BLURRED]"));
		group.findElement(By.className("reason-search")).sendKeys(option.getDomAttribute("data-number"));
		assertThat(option.isSelected()).isTrue();
		String note = "en".equals(lang) ? "The number is cut off at the right edge" : "右侧边缘的号码被截掉了";
		group.findElement(By.className("reason-note")).sendKeys(note);
		if (width == 1366 && "en".equals(lang)) {
			screenshot("reviewer-case-after-decision.png");
		}
		click(By.id("submit-decision"));
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), rejected));
		Browser.openMenu();
		click(By.id("sign-out"));
		// the case page has a flash too: wait for the sign-out's own page
		wait(ExpectedConditions.presenceOfElementLocated(By.id("nav-sign-in")));

		// the seller reads exactly that note
		this.browser.get(baseUrl() + "/sign-in?lang=" + lang);
		this.browser.findElement(By.id("email")).sendKeys(seller.email());
		this.browser.findElement(By.id("password")).sendKeys(seller.password());
		click(By.cssSelector("#seller-sign-in button[type=submit]"));
		wait(ExpectedConditions.urlMatches(".*/seller$"));
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until((driver) -> {
			driver.navigate().refresh();
			return !driver.findElements(By.cssSelector("#requirement-IDENTITY li[data-code=PHOTO_BLURRED]")).isEmpty();
		});
		assertThat(
				this.browser.findElement(By.cssSelector("#requirement-IDENTITY li[data-code=PHOTO_BLURRED]")).getText())
			.contains(note);
	}

	private boolean decoded(WebElement image) {
		Object width = ((JavascriptExecutor) this.browser)
			.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image);
		return width instanceof Number number && number.intValue() > 0;
	}

	private void click(By element) {
		click(this.browser.findElement(element));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/**
	 * Saves the page as the guide shows it, when asked for:
	 * {@code -Dkaidian.screenshots=docs/guide/img} (so an ordinary run leaves the tracked
	 * images alone).
	 */
	private void screenshot(String name) throws IOException {
		String directory = System.getProperty("kaidian.screenshots");
		if (directory == null) {
			return;
		}
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Path target = Path.of(directory, name);
		Files.createDirectories(target.getParent());
		Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
	}

	private void wait(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

}
