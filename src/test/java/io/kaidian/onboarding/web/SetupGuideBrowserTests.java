package io.kaidian.onboarding.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller home's setup guide in a real browser, in both languages: "2 of 8 done" with
 * its progress bar for a seller whose identity is approved, and the application as the
 * next step, its action the primary button; on a phone the header's menu folds behind its
 * button and opens with it.
 */
class SetupGuideBrowserTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@AfterEach
	void restoreWindow() {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theGuideShowsProgressAndTheNextActionInBothLanguages() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		Browser.signInSeller(baseUrl(), seller.email(), seller.password(), "en");

		assertThat(element("guide-progress").getText()).isEqualTo("2 of 8 done");
		WebElement progress = this.browser.findElement(By.cssSelector("#setup-guide progress"));
		assertThat(progress.getDomAttribute("value")).isEqualTo("2");
		assertThat(progress.getDomAttribute("max")).isEqualTo("8");
		assertThat(element("next-step").getDomAttribute("data-key")).isEqualTo("APPLICATION");
		assertThat(element("next-step").getText()).contains("Apply for a plan, store type, categories and brands");
		WebElement action = element("next-action");
		assertThat(action.getText()).isEqualTo("Start");
		assertThat(action.getDomAttribute("href")).endsWith("/seller/application");
		assertThat(action.getDomAttribute("class")).isEqualTo("button");
		// the row's own link is no second primary button
		assertThat(element("application-link").getDomAttribute("class")).contains("secondary");

		this.browser.get(baseUrl() + "/seller?lang=zh-CN");
		assertThat(element("guide-progress").getText()).isEqualTo("已完成 2/8 项");
		assertThat(element("next-action").getText()).isEqualTo("开始申请");

		// on a phone the menu folds behind its button
		this.browser.manage().window().setSize(new Dimension(375, 800));
		WebElement toggle = element("nav-toggle");
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(element("nav-seller").isDisplayed()).isFalse();
		toggle.click();
		assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(element("nav-seller").isDisplayed()).isTrue();
		element("next-action").click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/seller/application"));
	}

	private WebElement element(String id) {
		return this.browser.findElement(By.id(id));
	}

}
