package io.kaidian.account;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * A seller who forgot its password resets it in Chromium, in Chinese, from the sign-in
 * page: email, code from the mail, a new password (a common one is refused first), then
 * signs in with it. The Content-Security-Policy refuses nothing on the way.
 */
class PasswordResetBrowserTests extends IntegrationTest {

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
	void aSellerResetsItsPasswordInChinese() {
		SellerFixtures.Registered seller = this.sellers.register();
		// one code a minute to an email: past the registration's
		this.clock.add(Duration.ofSeconds(61));
		this.browser.get(baseUrl() + "/sign-in?lang=zh-CN");
		Browser.console();

		element("forgot-password").click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/password-reset"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("重置密码");
		element("email").sendKeys(seller.email());
		element("send-code").click();

		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.urlContains("/password-reset/new"));
		assertThat(element("code-sent").getText()).startsWith("如有账号使用 " + seller.email() + " 登录");
		String code = this.sellers.latestEmailCode(seller.email());
		element("code").sendKeys(code);
		element("newPassword").sendKeys("iloveyou12345");
		element("set-password").click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("newPassword-error")));
		assertThat(element("newPassword-error").getText()).isNotBlank().doesNotContain("WEAK_PASSWORD");
		assertThat(element("newPassword-error").getText()).containsPattern("\\p{IsHan}");

		element("code").sendKeys(code);
		element("newPassword").sendKeys("Lantern-harbour-2291");
		element("set-password").click();

		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in?reset"));
		assertThat(element("password-changed").getText()).startsWith("密码已更改");
		element("email").sendKeys(seller.email());
		element("password").sendKeys("Lantern-harbour-2291");
		element("sign-in").click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/seller$"));
		assertThat(element("greeting").getText()).isEqualTo("欢迎，Xiaoming Wang");
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	private WebElement element(String id) {
		return this.browser.findElement(By.id(id));
	}

}
