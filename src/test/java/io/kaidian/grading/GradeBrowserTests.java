package io.kaidian.grading;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser shows a merchant its grade: level, points to the next level, the
 * indicators, and the history chart drawn on the server (R-GRADE-5), in Chinese; the API
 * shows the same grade.
 */
class GradeBrowserTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	GradingRuns runs;

	@Test
	void aMerchantSeesItsLevelIndicatorsAndHistoryChart() {
		SellerFixtures sellers = new SellerFixtures(this.api, mail, this.outbox);
		SellerFixtures.Registered seller = sellers.register();
		String operator = new StaffFixtures(this.api).operatorToken();
		// 5 positive buyers in January 2024, 7 more in February: 5 points (L1), then 12
		// (L2)
		List<Map<String, Object>> facts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String day = i < 5 ? "2024-01-10T10:00:00+08:00" : "2024-02-10T10:00:00+08:00";
			facts.add(OrderFactsApiTests.fact("b-" + UUID.randomUUID(), seller.memberId(), day, "POSITIVE"));
		}
		Api.Reply sent = this.api.post("/api/v1/integration/order-facts", facts).token(operator).send();
		assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
		GradingData data = new GradingData(null);
		data.grade(this.runs, YearMonth.of(2024, 1));
		data.grade(this.runs, YearMonth.of(2024, 2));

		Api.Reply mine = this.api.get("/api/v1/me/grade").token(sellers.signIn(seller)).send();
		assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
		assertThat(mine.json().get("level").asInt()).isEqualTo(2);
		assertThat(mine.json().get("nextLevelAt").asInt()).isEqualTo(30);
		assertThat(mine.json().get("serviceLevel").asString()).isEqualTo("NOT_RATED");
		assertThat(mine.json().get("history")).hasSize(2);

		WebDriver browser = Browser.driver();
		browser.manage().deleteAllCookies();
		browser.get(baseUrl() + "/sign-in?lang=zh-CN");
		browser.findElement(By.id("email")).sendKeys(seller.email());
		browser.findElement(By.id("password")).sendKeys(seller.password());
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/seller$"));
		browser.get(baseUrl() + "/seller/grade");

		assertThat(browser.findElement(By.id("level")).getText()).isEqualTo("2级");
		assertThat(browser.findElement(By.id("next-level")).getText()).isEqualTo("再获得 18 分即可升至 3 级。");
		assertThat(browser.findElement(By.id("service-level")).getText()).isEqualTo("暂未评定");
		assertThat(browser.findElement(By.id("until-rated")).getText()).contains("18");
		var chart = browser.findElement(By.id("history-chart"));
		assertThat(chart.findElements(By.cssSelector("g.bar"))).hasSize(2);
		assertThat(chart.findElements(By.cssSelector("text.label")).stream().map((e) -> e.getText()).toList())
			.containsExactly("1月", "2月");
		// no script, no inline style: nothing the Content-Security-Policy refused
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

}
