package io.kaidian.exam;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser takes the rules exam in Chinese (R-EXAM-1, R-EXAM-2): from the checklist
 * to the exam, a countdown that keeps the server's time across a reload, a failure with
 * the topics to study and the retake time, the retake after the cool-down, a pass, and
 * the checklist moving on to the store.
 */
class ExamBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	@Autowired
	private ExamProperties properties;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void R_EXAM_2_aSellerFailsOnceSeesWhatToStudyRetakesAfterTheCoolDownPassesAndMovesOn() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		ExamClient exam = new ExamClient(this.api, baseUrl());
		exam.approve(seller);
		exam.payFees(seller);

		Browser.signInSeller(baseUrl(), seller.email(), seller.password(), "zh-CN");
		Browser.console();
		Browser.reloadUntil("FEES", "DONE");
		assertThat(element("requirement-EXAM").getDomAttribute("data-state")).isEqualTo("DUE");
		WebElement link = element("exam-link");
		assertThat(link.getText()).isEqualTo("参加考试");
		link.click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/exam$"));

		// the exam opens once the module has heard of the fees
		new WebDriverWait(this.browser, ExamClient.WAIT).until((driver) -> {
			driver.get(baseUrl() + "/seller/exam");
			return "READY".equals(element("exam").getDomAttribute("data-state"));
		});
		assertThat(element("exam").getText()).contains("规则考试", "90%");
		element("start-exam").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/exam/attempts/[0-9a-f-]+$"));
		assertThat(element("countdown").getText()).matches("(29:5\\d|30:00)");

		// ten minutes later by the server's clock, a reload shows twenty minutes left
		this.clock.add(Duration.ofMinutes(10));
		this.browser.navigate().refresh();
		assertThat(element("countdown").getText()).matches("(19:5\\d|20:00)");

		// fail: every answer wrong
		answerAll(exam, false);
		waitFor().until(ExpectedConditions.urlMatches(".*/result$"));
		assertThat(element("exam-result").getDomAttribute("data-outcome")).isEqualTo("FAILED");
		assertThat(element("score").getText()).isEqualTo("您的得分为 0%，未达到及格分数。");
		List<WebElement> topics = this.browser.findElements(By.cssSelector("#topics-to-study li.topic"));
		assertThat(topics).isNotEmpty();
		assertThat(topics.stream().map(WebElement::getText)).contains("费用");
		assertThat(element("retake-after").getText()).startsWith("您可在 ").endsWith("（北京时间）之后重新考试。");
		String topicHref = topics.get(0).findElement(By.tagName("a")).getDomAttribute("href");
		assertThat(topicHref).startsWith("/seller/exam/rules#topic-");

		// the rules page has the topic's section
		topics.get(0).findElement(By.tagName("a")).click();
		waitFor().until(ExpectedConditions.urlContains("/seller/exam/rules"));
		assertThat(element(topicHref.substring(topicHref.indexOf('#') + 1)).getText()).isNotBlank();

		// too early to retake: the exam page says when
		this.browser.get(baseUrl() + "/seller/exam");
		assertThat(element("exam").getDomAttribute("data-state")).isEqualTo("COOLING_DOWN");
		assertThat(this.browser.findElements(By.id("start-exam"))).isEmpty();
		assertThat(element("retake-after").getText()).contains("北京时间");

		// after the cool-down: retake and pass
		this.clock.add(this.properties.coolDown());
		this.browser.navigate().refresh();
		assertThat(element("start-exam").getText()).isEqualTo("重新考试");
		element("start-exam").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller/exam/attempts/[0-9a-f-]+$"));
		answerAll(exam, true);
		waitFor().until(ExpectedConditions.urlMatches(".*/result$"));
		assertThat(element("exam-result").getDomAttribute("data-outcome")).isEqualTo("PASSED");
		assertThat(element("passed").getText()).isEqualTo("您已通过考试，得分 100%。");

		// the checklist moves on: the exam done, the store profile due
		element("back-to-checklist").click();
		waitFor().until(ExpectedConditions.urlMatches(".*/seller$"));
		Browser.reloadUntil("EXAM", "DONE");
		assertThat(element("requirement-STORE_PROFILE").getDomAttribute("data-state")).isEqualTo("DUE");
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	/** Picks, for every question on the page, a right or a wrong option, and hands in. */
	private void answerAll(ExamClient exam, boolean right) {
		Map<String, JsonNode> bank = exam.bank();
		for (WebElement question : this.browser.findElements(By.cssSelector("li.question"))) {
			String id = question.getDomAttribute("id").substring("question-".length());
			String rightText = rightTextZh(bank.get(id));
			for (WebElement option : question.findElements(By.cssSelector("label.option"))) {
				if (option.getText().strip().equals(rightText) == right) {
					option.findElement(By.tagName("input")).click();
					break;
				}
			}
		}
		element("submit-answers").click();
	}

	private static String rightTextZh(JsonNode question) {
		for (JsonNode option : question.get("options")) {
			if (option.get("correct").asBoolean()) {
				return option.get("textZh").asString();
			}
		}
		throw new IllegalStateException("no right option in " + question);
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
