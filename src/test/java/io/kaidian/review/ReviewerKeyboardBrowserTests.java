package io.kaidian.review;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A reviewer works a queue without touching the mouse": in a real browser, in Chinese, a
 * reviewer signs in, opens the identity queue, claims with {@code c}, rejects with
 * reasons picked by their numbers, claims the next with {@code n}, approves it with
 * {@code a} and {@code Ctrl+Enter}, and goes back with {@code Esc}. No clicks.
 */
class ReviewerKeyboardBrowserTests extends IntegrationTest {

	@Autowired
	ReviewDesk reviews;

	@Autowired
	ReviewCases cases;

	@Autowired
	ReasonCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
		this.jdbc.sql("UPDATE review_case SET status = 'WITHDRAWN' WHERE status = 'OPEN'").update();
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void aReviewerWorksTheQueueFromTheKeyboardInChinese() {
		ReviewCase first = open();
		this.clock.add(Duration.ofMinutes(10));
		ReviewCase second = open();
		StaffFixtures.Credentials reviewer = this.staff.create("REVIEWER");

		// sign in, then open the queue from the staff home, all by keyboard
		this.browser.get(baseUrl() + "/staff/sign-in?lang=zh-CN");
		this.browser.findElement(By.id("email")).sendKeys(reviewer.email());
		this.browser.findElement(By.id("password")).sendKeys(reviewer.password(), Keys.ENTER);
		this.browser.findElement(By.id("queue-link-IDENTITY")).sendKeys(Keys.ENTER);
		waitForText(By.id("queue-heading"), "实名认证队列");
		keysReady();
		assertThat(this.browser.findElements(By.className("queue-row"))).hasSize(2);

		press("?");
		assertThat(this.browser.findElement(By.id("shortcuts")).getDomAttribute("open")).isNotNull();
		assertThat(this.browser.findElement(By.id("shortcuts")).getText()).contains("键盘快捷键", "领取下一个案件");
		press("?");
		assertThat(this.browser.findElement(By.id("shortcuts")).getDomAttribute("open")).isNull();

		press("j");
		assertThat(active().getText()).isEqualTo(first.memberId());
		press("j");
		assertThat(active().getText()).isEqualTo(second.memberId());
		press("k");
		assertThat(active().getText()).isEqualTo(first.memberId());

		// c claims the oldest due
		press("c");
		waitForText(By.id("flash"), "已领取案件");
		keysReady();
		assertThat(this.browser.findElement(By.id("case-heading")).getText()).contains(first.memberId());

		// r rejects and opens the reasons; the reason's number (the same on every item)
		// picks it in the ID card front's picker, Enter moves to its note; j goes to the
		// holding photo, whose picker takes the number of its second reason
		String frontReason = this.catalogue.list("ID_FRONT", Locale.SIMPLIFIED_CHINESE).get(0).code();
		String holdingReason = this.catalogue.list("HOLDING_ID_PHOTO", Locale.SIMPLIFIED_CHINESE).get(1).code();
		press("r");
		assertThat(this.browser.findElement(By.id("outcome-reject")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.id("reject-reasons")).isDisplayed()).isTrue();
		press(number(frontReason));
		assertThat(new Select(this.browser.findElement(By.id("reason-0"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("ID_FRONT|" + frontReason);
		press(Keys.ENTER);
		assertThat(active().getDomAttribute("id")).isEqualTo("reason-0-note");
		press("照片太暗，看不清号码");
		press(Keys.ESCAPE);
		press("j");
		press(number(holdingReason));
		assertThat(new Select(this.browser.findElement(By.id("reason-1"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("HOLDING_ID_PHOTO|" + holdingReason);
		submitWithCtrlEnter();
		waitForText(By.id("flash"), "案件已驳回");
		keysReady();

		// n claims the next; a and Ctrl+Enter approve it
		press("n");
		waitForText(By.id("flash"), "已领取案件");
		keysReady();
		assertThat(this.browser.findElement(By.id("case-heading")).getText()).contains(second.memberId());
		press("a");
		assertThat(this.browser.findElement(By.id("outcome-approve")).isSelected()).isTrue();
		assertThat(active().getDomAttribute("id")).isEqualTo("outcome-approve");
		submitWithCtrlEnter();
		waitForText(By.id("flash"), "案件已通过");
		keysReady();

		// Esc: back to the queue, now empty
		press(Keys.ESCAPE);
		waitForText(By.id("queue-empty"), "此队列暂无待审案件。");

		UUID someone = this.staff.signedIn("REVIEWER").staffId();
		ReviewCase rejected = this.reviews.view(first.id(), someone).reviewCase();
		assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(rejected.reasons()).containsExactly(new Reason("ID_FRONT", frontReason, "照片太暗，看不清号码"),
				new Reason("HOLDING_ID_PHOTO", holdingReason, null));
		ReviewCase approved = this.reviews.view(second.id(), someone).reviewCase();
		assertThat(approved.outcome()).isEqualTo(Outcome.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo(rejected.decidedBy());
	}

	private ReviewCase open() {
		String member = "cn" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		return stored(this.reviews.open(new ReviewDesk.OpenCase(Queue.IDENTITY, "identity:" + UUID.randomUUID(),
				UUID.randomUUID(), member, ReviewerPagesTests.identitySubject())));
	}

	/** A reason's shortcut: its place in the whole catalogue, the same on every item. */
	private String number(String code) {
		return Integer.toString(this.catalogue.list(null, Locale.SIMPLIFIED_CHINESE)
			.stream()
			.map(ReasonCatalogue.Entry::code)
			.toList()
			.indexOf(code) + 1);
	}

	private void press(CharSequence keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	private void submitWithCtrlEnter() {
		new Actions(this.browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
	}

	private WebElement active() {
		return this.browser.switchTo().activeElement();
	}

	private void waitForText(By element, String text) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
	}

	/** The page's deferred script has bound the keys. */
	private void keysReady() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return window.kaidianReviewKeys === true")));
	}

	/** The case as the desk stored it: the owner only learns its id and due time. */
	private ReviewCase stored(OpenedCase opened) {
		return this.cases.find(opened.id(), UUID.randomUUID()).orElseThrow().reviewCase();
	}

}
