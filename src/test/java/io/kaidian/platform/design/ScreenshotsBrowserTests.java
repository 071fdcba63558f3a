package io.kaidian.platform.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the screenshots of the home page and the seller home that
 * {@code docs/guide/design-system.md} shows, at 1366 px in English and at 375 px in
 * Chinese, so the guide shows what the pages look like now.
 */
class ScreenshotsBrowserTests extends IntegrationTest {

	/**
	 * {@code -Dkaidian.screenshots=docs/guide/img} retakes the guide's images; an
	 * ordinary run writes them under {@code target/} and leaves the tracked ones alone.
	 */
	private static final Path IMAGES = Path.of(System.getProperty("kaidian.screenshots", "target/screenshots"));

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
	void theHomePageAndTheSellerHomeAtBothWidths() throws IOException {
		this.browser.get(baseUrl() + "/?lang=en");
		shoot("home", 1366);
		this.browser.get(baseUrl() + "/?lang=zh-CN");
		shoot("home-375", 375);

		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		this.browser.get(baseUrl() + "/sign-in?lang=en");
		this.browser.findElement(By.id("email")).sendKeys(seller.email());
		this.browser.findElement(By.id("password")).sendKeys(seller.password());
		this.browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/seller$"));
		shoot("seller-home", 1366);
		this.browser.get(baseUrl() + "/seller?lang=zh-CN");
		shoot("seller-home-375", 375);
	}

	/** The whole page, not only the window: the window grows to the page's height. */
	private void shoot(String name, int width) throws IOException {
		this.browser.manage().window().setSize(new Dimension(width, 900));
		Object height = ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollHeight");
		this.browser.manage().window().setSize(new Dimension(width, ((Number) height).intValue() + 140));
		Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(IMAGES);
		Path target = IMAGES.resolve(name + ".png");
		Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
		assertThat(Files.size(target)).isPositive();
	}

}
