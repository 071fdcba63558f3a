package io.kaidian.platform.security;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the Content-Security-Policy (no inline script or style, no eval) htmx still works
 * in Chromium: the registration wizard's "Send code" answers in place, and boosted links
 * swap the page; Swagger UI still renders. The browser's console shows nothing refused
 * (ADR 0021).
 */
class ContentSecurityPolicyBrowserTests extends IntegrationTest {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
		Browser.console();
	}

	@Test
	void htmxWorksUnderThePolicy() {
		String email = SellerFixtures.uniqueEmail();
		this.browser.get(baseUrl() + "/register?lang=en");
		assertThat(this.browser.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");

		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("send-code")).click();

		assertThat(this.browser.findElement(By.id("code-sent")).getText()).contains(email);
		// a boosted link: htmx swaps the body, the address changes
		this.browser.findElement(By.id("nav-sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/sign-in"));
		assertThat(this.browser.findElement(By.id("seller-sign-in")).isDisplayed()).isTrue();
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	@Test
	void swaggerUiRendersUnderThePolicy() {
		this.browser.get(baseUrl() + "/swagger-ui.html");

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
		assertThat(this.browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).isNotBlank();
		assertThat(Browser.console()).noneMatch((line) -> line.contains("Content Security Policy"));
	}

}
