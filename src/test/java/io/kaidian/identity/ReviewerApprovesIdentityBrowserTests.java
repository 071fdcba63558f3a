package io.kaidian.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.documents.Multipart;
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
		Api.Reply saved = this.api
			.put("/api/v1/me/identity",
					Map.of("subjectType", "INDIVIDUAL_BUSINESS", "method", "PERSONAL_ALIPAY", "companyName", "杭州小明茶叶店",
							"personName", "王小明", "personIdNumber", ValidNumbers.idNumber(System.nanoTime())))
			.token(token)
			.send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		for (String kind : List.of("BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO")) {
			assertThat(Multipart
				.put(baseUrl() + "/api/v1/me/identity/documents/" + kind, token, kind + ".jpg", "image/jpeg",
						Samples.jpeg(1000, 700))
				.status()).isEqualTo(200);
		}
		JsonNode submitted = this.api.post("/api/v1/me/identity/submit", "").token(token).send().json();
		HttpResponse<String> authorised = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(baseUrl() + submitted.get("provider").get("redirectUrl").asString()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("outcome=SUCCESS"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(authorised.statusCode()).isEqualTo(200);
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
