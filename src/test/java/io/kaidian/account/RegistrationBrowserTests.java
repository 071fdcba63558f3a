package io.kaidian.account;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser registers a seller through the wizard in Chinese (R-REG-1, R-REG-2,
 * R-REG-3), is told inline that the English name is not the pinyin of the Chinese one,
 * fixes it, and lands signed in on the checklist; a wrong email code is refused at its
 * own step.
 */
class RegistrationBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	private WebDriver browser;

	private SellerFixtures sellers;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
	}

	@Test
	void sellerRegistersInChineseFixesThePinyinAndSeesTheChecklist() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();

		this.browser.get(baseUrl() + "/");
		this.browser.findElement(By.id("lang-zh")).click();
		assertThat(element("register-button").getText()).isEqualTo("注册成为商家");
		element("register-button").click();

		// step 1: email
		assertThat(element("step-EMAIL").getDomAttribute("aria-current")).isEqualTo("step");
		element("email").sendKeys(email);
		element("send-code").click();
		assertThat(element("code-sent").getText()).startsWith("6 位验证码已发送至 " + email);
		element("emailCode").sendKeys(this.sellers.latestEmailCode(email));
		element("next").click();

		// step 2: phone
		element("phone").sendKeys(phone);
		assertThat(element("step-PHONE").getDomAttribute("aria-current")).isEqualTo("step");
		element("send-code").click();
		assertThat(element("code-sent").getText()).contains(phone);
		element("phoneCode").sendKeys(this.sellers.latestSmsCode(phone));
		element("next").click();

		// step 3: details, with the surname's pinyin wrong (R-REG-3)
		element("password").sendKeys("Tea-garden-7431");
		element("chineseName").sendKeys("王小明");
		element("firstName").sendKeys("Xiaoming");
		element("lastName").sendKeys("Li");
		assertThat(element("region").getDomProperty("value")).isEqualTo("CN_MAINLAND");
		element("address-province").sendKeys("浙江省");
		element("address-city").sendKeys("杭州市");
		element("address-line1").sendKeys("文一西路 969 号");
		element("address-postalCode").sendKeys("311121");
		element("register").click();

		assertThat(element("lastName-error").getText()).isEqualTo("与中文姓名的拼音不符，应为：Wang。");
		assertThat(element("lastName").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(element("error-summary").getText()).contains("姓（拼音）: 与中文姓名的拼音不符");
		assertThat(element("step-DETAILS").getDomAttribute("aria-current")).isEqualTo("step");
		// what was entered is kept, except the password
		assertThat(element("firstName").getDomProperty("value")).isEqualTo("Xiaoming");
		assertThat(element("chineseName").getDomProperty("value")).isEqualTo("王小明");
		assertThat(element("address-line1").getDomProperty("value")).isEqualTo("文一西路 969 号");
		assertThat(element("password").getDomProperty("value")).isEmpty();

		element("lastName").clear();
		element("lastName").sendKeys("Wang");
		element("password").sendKeys("Tea-garden-7431");
		element("register").click();

		// signed in, on the checklist
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/seller$"));
		assertThat(element("greeting").getText()).isEqualTo("欢迎，Xiaoming Wang");
		assertThat(element("member-id").getText()).isNotBlank();
		assertThat(element("nav-seller").getText()).isEqualTo("我的开店进度");

		WebElement account = element("requirement-ACCOUNT");
		assertThat(account.getDomAttribute("data-state")).isEqualTo("DONE");
		assertThat(account.getText()).contains("注册账号", "已完成");
		WebElement identity = element("requirement-IDENTITY");
		assertThat(identity.getDomAttribute("data-state")).isEqualTo("DUE");
		assertThat(identity.getText()).contains("实名认证", "待完成");
		WebElement application = element("requirement-APPLICATION");
		assertThat(application.getDomAttribute("data-state")).isEqualTo("BLOCKED");
		assertThat(application.findElement(By.className("blocked-by")).getText()).startsWith("需先完成").endsWith("实名认证");
	}

	@Test
	void aWrongEmailCodeIsRefusedAtItsStepKeepingTheEmail() {
		String email = SellerFixtures.uniqueEmail();
		this.browser.get(baseUrl() + "/register?lang=en");
		element("email").sendKeys(email);
		element("send-code").click();
		assertThat(element("code-sent").getText()).contains(email);
		String right = this.sellers.latestEmailCode(email);
		element("emailCode").sendKeys(right.equals("000000") ? "111111" : "000000");
		element("next").click();

		// still the email step, told why, with the email as typed
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("emailCode-error")));
		assertThat(element("step-EMAIL").getDomAttribute("aria-current")).isEqualTo("step");
		assertThat(element("emailCode-error").getText()).startsWith("The code is not right.");
		assertThat(element("error-summary").getText()).contains("The code is not right.");
		assertThat(element("email").getDomProperty("value")).isEqualTo(email);

		// the right code was not used up by the check: it moves on
		element("emailCode").sendKeys(right);
		element("next").click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.id("step-PHONE"), "aria-current", "step"));
		element("back").click();
		// the email step again, re-found on each try: htmx swaps the page in
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("emailCode-accepted")));
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.id("email"), "value", email));
	}

	private WebElement element(String id) {
		return this.browser.findElement(By.id(id));
	}

}
