package io.kaidian.identity;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ValidNumbers;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review desk's story in a real browser: a reviewer opens the identity queue, claims
 * the seller's case and approves it; the seller, signing in, sees IDENTITY done on its
 * checklist and the application due.
 */
class ReviewerApprovesIdentityBrowserTests extends IntegrationTest {

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

	@Test
	void aReviewerApprovesAnIdentityCaseAndTheSellersChecklistTurnsIdentityDone() throws Exception {
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		SellerFixtures.Registered seller = sellers.register();
		String token = sellers.signIn(seller);
		new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).submitIdentity(token, "INDIVIDUAL_BUSINESS",
				ValidNumbers.idNumber(System.nanoTime()));
		StaffFixtures.Credentials reviewer = new StaffFixtures(this.api).create("REVIEWER");

		// the reviewer, in the browser
		this.browser.get(baseUrl() + "/staff/sign-in?lang=zh-CN");
		this.browser.findElement(By.id("email")).sendKeys(reviewer.email());
		this.browser.findElement(By.id("password")).sendKeys(reviewer.password());
		this.browser.findElement(By.id("sign-in")).click();
		wait(ExpectedConditions.urlMatches(".*/staff$"));
		this.browser.get(baseUrl() + "/staff/review/IDENTITY");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
		assertThat(this.browser.findElement(By.id("queue")).getText()).contains(seller.memberId());
		this.browser.findElement(By.id("claim-next")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("case-heading"), seller.memberId()));
		assertThat(this.browser.findElement(By.id("documents")).getText()).contains("营业执照");
		this.browser.findElement(By.id("outcome-approve")).click();
		this.browser.findElement(By.id("submit-decision")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "案件已通过"));
		this.browser.findElement(By.id("sign-out")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.className("flash")));

		// the seller, in the same browser, once the decision has been applied
		this.browser.get(baseUrl() + "/sign-in?lang=zh-CN");
		this.browser.findElement(By.id("email")).sendKeys(seller.email());
		this.browser.findElement(By.id("password")).sendKeys(seller.password());
		this.browser.findElement(By.cssSelector("#seller-sign-in button[type=submit]")).click();
		wait(ExpectedConditions.urlMatches(".*/seller$"));
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until((driver) -> {
			driver.navigate().refresh();
			return "DONE".equals(driver.findElement(By.id("requirement-IDENTITY")).getDomAttribute("data-state"));
		});
		assertThat(this.browser.findElement(By.id("requirement-APPLICATION")).getDomAttribute("data-state"))
			.isEqualTo("DUE");
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

}
