package io.kaidian.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks every browser test runs on every page can fail: a page given a serious
 * accessibility violation, or something wider than a phone, fails the next call of the
 * test; the home page as it is passes, at the desktop's width and at 375 px.
 */
class PageChecksTests extends IntegrationTest {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
		// each test breaks a page state another may have checked already
		PageChecks.forgetCheckedPages();
	}

	@AfterEach
	void restoreWindow() {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theHomePagePassesAtBothWidths() {
		this.browser.get(baseUrl() + "/?lang=en");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		this.browser.manage().window().setSize(new Dimension(PageChecks.PHONE_WIDTH, 800));
		this.browser.get(baseUrl() + "/?lang=zh-CN");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.innerWidth"))
			.isEqualTo((long) PageChecks.PHONE_WIDTH);
	}

	@Test
	void aSeriousViolationFailsTheTest() {
		this.browser.get(baseUrl() + "/?lang=en");
		// an image without a text alternative (axe: image-alt, critical)
		((JavascriptExecutor) this.browser).executeScript(
				"const img = document.createElement('img'); img.src = '/favicon.ico'; document.querySelector('main').append(img)");

		assertThatThrownBy(() -> this.browser.findElement(By.tagName("h1"))).rootCause()
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("critical image-alt");
	}

	@Test
	void aPageWiderThanAPhoneFailsTheTest() {
		this.browser.get(baseUrl() + "/?lang=en");
		// wider than a phone, narrower than the window: only the phone's width fails
		((JavascriptExecutor) this.browser).executeScript("const wide = document.createElement('div');"
				+ " wide.id = 'too-wide'; wide.textContent = 'wide'; wide.style.width = '600px';"
				+ " document.querySelector('main').append(wide)");

		assertThatThrownBy(() -> this.browser.findElement(By.tagName("h1"))).rootCause()
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("overflows sideways")
			.hasMessageContaining("at 375 px");
	}

}
