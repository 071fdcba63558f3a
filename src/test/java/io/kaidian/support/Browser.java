package io.kaidian.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium per test JVM, driven through Debian's {@code chromedriver}
 * (never a downloaded browser). {@code .ci/run} installs both; elsewhere install the
 * packages {@code chromium} and {@code chromium-driver}. Every page a test visits through
 * it is checked for accessibility and for a phone's width ({@link PageChecks}).
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(System.getProperty("kaidian.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("kaidian.chromedriver", "/usr/bin/chromedriver"));

	private static WebDriver driver;

	private static ChromeDriver chromium;

	private Browser() {
	}

	public static synchronized WebDriver driver() {
		if (driver == null) {
			if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
				throw new IllegalStateException(
						"Browser tests need Debian's chromium and chromium-driver at " + CHROMIUM + " and "
								+ CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does)");
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--hide-scrollbars", "--window-size=1280,900", "--lang=en-US");
			// the console is kept, so tests can see what the Content-Security-Policy
			// refused
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			chromium = new ChromeDriver(service, options);
			chromium.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
			// every page a test looks at passes axe and fits a phone (PageChecks)
			driver = new EventFiringDecorator<WebDriver>(new PageChecks(chromium, "http://localhost:"))
				.decorate(chromium);
			WebDriver started = chromium;
			Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "chromium-stop"));
		}
		return driver;
	}

	/**
	 * The browser itself, for what the checked driver cannot pass through, such as
	 * DevTools commands ({@code Emulation.setEmulatedMedia}).
	 */
	public static synchronized ChromeDriver chromium() {
		driver();
		return chromium;
	}

	/**
	 * Opens the header's menu where a narrow window folds it behind the "Menu" button, so
	 * its links (sign out, language) can be clicked at a phone's width.
	 */
	public static void openMenu() {
		driver().findElements(By.id("nav-toggle"))
			.stream()
			.filter((toggle) -> toggle.isDisplayed() && "false".equals(toggle.getDomAttribute("aria-expanded")))
			.findFirst()
			.ifPresent(WebElement::click);
	}

	/**
	 * Reloads the seller's checklist until the requirement reaches the state: the other
	 * modules' events reach the checklist asynchronously.
	 */
	/**
	 * Signs a seller in through the sign-in page in that language ({@code en},
	 * {@code zh-CN}) and waits for its checklist.
	 */
	public static void signInSeller(String baseUrl, String email, String password, String language) {
		WebDriver page = driver();
		page.get(baseUrl + "/sign-in?lang=" + language);
		page.findElement(By.id("email")).sendKeys(email);
		page.findElement(By.id("password")).sendKeys(password);
		page.findElement(By.id("sign-in")).click();
		new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/seller$"));
	}

	public static void reloadUntil(String requirement, String state) {
		new WebDriverWait(driver(), Duration.ofSeconds(20)).until((page) -> {
			page.navigate().refresh();
			return state.equals(page.findElement(By.id("requirement-" + requirement)).getDomAttribute("data-state"));
		});
	}

	/**
	 * The messages the page's console got since the last call, such as the browser's
	 * "Refused to execute inline script because it violates the following Content
	 * Security Policy directive".
	 */
	public static List<String> console() {
		return driver().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

}
