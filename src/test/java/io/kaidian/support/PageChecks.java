package io.kaidian.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * What every page a browser test visits must pass, checked once per page state (a new
 * address, title or element count, so an htmx swap counts too; ids and generated numbers
 * in the address do not make a new state, so the hundredth visit of one checklist state
 * across the suite is not checked again): axe-core finds no serious or critical WCAG 2.1
 * AA violation, and the page does not overflow sideways at 375 px (a phone) nor at the
 * window's own width. {@link Browser} hooks it into the driver, so every browser test,
 * present or future, checks each page it looks at without a line of its own. Guide:
 * docs/guide/design-system.md.
 */
public final class PageChecks implements WebDriverListener {

	/** The phone width every page must fit (the design system's smallest is 360 px). */
	static final int PHONE_WIDTH = 375;

	private static final String AXE = axeSource();

	/** axe's rules of WCAG 2.0 and 2.1, levels A and AA. */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
					resultTypes: ['violations'] })
				.then((result) => done(result.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5)
						.map((n) => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')')
						.join('; '))))
				.catch((error) => done(['axe failed: ' + error]));
			""";

	private static final String STATE = "return document.readyState === 'complete' && !document.querySelector('.htmx-request')"
			+ " ? location.href + '|' + document.title + '|' + document.getElementsByTagName('*').length : null";

	private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth";

	/**
	 * Ids, member IDs, domains made of test numbers: the same page for another record.
	 */
	private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-z]*[0-9]{4,}[0-9a-z]*");

	/** The page states checked so far in this JVM. */
	private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

	private final WebDriver driver;

	private final String baseUrlPrefix;

	private boolean checking;

	PageChecks(WebDriver driver, String baseUrlPrefix) {
		this.driver = driver;
		this.baseUrlPrefix = baseUrlPrefix;
	}

	@Override
	public boolean throwsExceptions() {
		return true;
	}

	@Override
	public void afterGet(WebDriver driver, String url) {
		check();
	}

	@Override
	public void beforeAnyWebDriverCall(WebDriver driver, Method method, Object[] args) {
		String name = method.getName();
		if (name.equals("findElement") || name.equals("findElements") || name.equals("getTitle")
				|| name.equals("getPageSource")) {
			check();
		}
	}

	@Override
	public void beforeQuit(WebDriver driver) {
		this.checking = true;
	}

	/** Checks the page, unless this state of it was checked already. */
	void check() {
		if (this.checking) {
			return;
		}
		this.checking = true;
		try {
			JavascriptExecutor js = (JavascriptExecutor) this.driver;
			Object state = js.executeScript(STATE);
			if (!(state instanceof String page) || !ours(page) || !CHECKED.add(key(page))) {
				return;
			}
			List<String> problems = new ArrayList<>(axe(js));
			problems.addAll(overflow(js));
			if (!problems.isEmpty()) {
				throw new AssertionError(
						"The page " + page.substring(0, page.indexOf('|')) + " fails the design system's"
								+ " checks (docs/guide/design-system.md):\n  " + String.join("\n  ", problems));
			}
		}
		catch (UnhandledAlertException | NoSuchWindowException ex) {
			// an alert open or the window gone: the next call checks
		}
		finally {
			this.checking = false;
		}
	}

	/** For the tests of these checks, which break pages on purpose. */
	static void forgetCheckedPages() {
		CHECKED.clear();
	}

	/** The address and title without their generated parts, and the element count. */
	private static String key(String page) {
		int count = page.lastIndexOf('|');
		return GENERATED.matcher(page.substring(0, count)).replaceAll("#") + page.substring(count);
	}

	/** Our pages only: not Swagger UI's, which is not ours to fix. */
	private boolean ours(String page) {
		return page.startsWith(this.baseUrlPrefix) && !page.contains("/swagger-ui");
	}

	private List<String> axe(JavascriptExecutor js) {
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(AXE);
		}
		Object violations = js.executeAsyncScript(RUN_AXE);
		return ((List<?>) violations).stream().map(Objects::toString).toList();
	}

	/** At the window's width and at a phone's: the window goes back to its size after. */
	private List<String> overflow(JavascriptExecutor js) {
		List<String> problems = new ArrayList<>();
		long wide = ((Number) js.executeScript(OVERFLOW)).longValue();
		if (wide > 0) {
			problems.add("overflows sideways by " + wide + " px at the window's width");
		}
		WebDriver.Window window = this.driver.manage().window();
		Dimension size = window.getSize();
		window.setSize(new Dimension(PHONE_WIDTH, size.getHeight()));
		try {
			long narrow = ((Number) js.executeScript(OVERFLOW)).longValue();
			if (narrow > 0) {
				problems.add("overflows sideways by " + narrow + " px at " + PHONE_WIDTH + " px: " + js.executeScript(
						"return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right"
								+ " > window.innerWidth + 1).slice(-3).map((e) => e.tagName + (e.id ? '#' + e.id : '')"
								+ " + '.' + e.className).join(', ')"));
			}
		}
		finally {
			window.setSize(size);
		}
		return problems;
	}

	private static String axeSource() {
		try (InputStream in = PageChecks.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing: the test dependency com.deque.html.axe-core"
						+ ":selenium brings it (pom.xml)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
