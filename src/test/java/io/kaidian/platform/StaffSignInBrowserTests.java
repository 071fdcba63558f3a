package io.kaidian.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import io.kaidian.support.Browser;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser switches the pages to Chinese, signs a staff member in and out. */
class StaffSignInBrowserTests extends IntegrationTest {

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.driver();
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void staffSignsInAndOutInChinese() {
		this.browser.get(baseUrl() + "/");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Open your store on our marketplace");

		this.browser.findElement(By.id("lang-zh")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("在我们的平台上开设店铺");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");

		this.browser.findElement(By.linkText("员工登录")).click();
		this.browser.findElement(By.id("email")).sendKeys(StaffFixtures.ROOT_EMAIL);
		this.browser.findElement(By.id("password")).sendKeys("wrong-password");
		this.browser.findElement(By.id("sign-in")).click();
		assertThat(this.browser.findElement(By.id("sign-in-error")).getText()).isEqualTo("邮箱或密码错误。");

		this.browser.findElement(By.id("email")).sendKeys(StaffFixtures.ROOT_EMAIL);
		this.browser.findElement(By.id("password")).sendKeys(StaffFixtures.ROOT_PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		assertThat(this.browser.findElement(By.id("greeting")).getText()).startsWith("欢迎");
		assertThat(this.browser.findElement(By.id("roles")).getText()).isEqualTo("运营人员");

		this.browser.findElement(By.id("sign-out")).click();
		assertThat(this.browser.findElement(By.className("flash")).getText()).isEqualTo("您已退出登录。");
		this.browser.get(baseUrl() + "/staff");
		assertThat(this.browser.getCurrentUrl()).endsWith("/staff/sign-in");
	}

}
