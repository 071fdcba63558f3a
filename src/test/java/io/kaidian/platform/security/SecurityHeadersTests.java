package io.kaidian.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, to whoever asks, carries the Content-Security-Policy (no inline script, no
 * eval), the Referrer-Policy and the Permissions-Policy, and no page holds an inline
 * script, event handler or style the policy would refuse; the session cookie is
 * {@code SameSite=Lax} and {@code HttpOnly} (ADR 0021). The pages are found by walking
 * the application's own GET routes, so a new page is checked without touching this test.
 */
class SecurityHeadersTests extends IntegrationTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern JAVASCRIPT_URL = Pattern.compile("(href|action|src)\\s*=\\s*\"\\s*javascript:",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private Outbox outbox;

	@Test
	void everyPageCarriesThePoliciesAndNoInlineScript() {
		Set<String> routes = pageRoutes();
		assertThat(routes).contains("/", "/sign-in", "/staff/sign-in", "/register", "/password-reset", "/seller",
				"/staff", "/seller/identity");

		Pages anonymous = new Pages(baseUrl());
		Pages seller = signedIn("/sign-in", new SellerFixtures(this.api, mail, this.outbox).register().email(),
				"Tea-garden-7431", "/seller");
		Pages operator = signedIn("/staff/sign-in", StaffFixtures.ROOT_EMAIL, StaffFixtures.ROOT_PASSWORD, "/staff");
		// the reviewer's pages too (the queues, the staff home's review overview)
		StaffFixtures.Credentials credentials = new StaffFixtures(this.api).create("REVIEWER");
		Pages reviewer = signedIn("/staff/sign-in", credentials.email(), credentials.password(), "/staff");

		int pagesRead = 0;
		for (String route : routes) {
			for (Pages visitor : List.of(anonymous, seller, operator, reviewer)) {
				Pages.Page page = visitor.get(route);
				assertPolicies(route, page.header("Content-Security-Policy"), page.header("Referrer-Policy"),
						page.header("Permissions-Policy"));
				String type = page.header("Content-Type");
				if (page.status() == 200 && type != null && type.startsWith("text/html")) {
					pagesRead++;
					assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as("inline script on " + route).isFalse();
					assertThat(EVENT_HANDLER.matcher(page.body()).find()).as("event handler on " + route).isFalse();
					assertThat(STYLE_ATTRIBUTE.matcher(page.body()).find()).as("style attribute on " + route).isFalse();
					assertThat(JAVASCRIPT_URL.matcher(page.body()).find()).as("javascript: URL on " + route).isFalse();
				}
			}
		}
		assertThat(pagesRead).isGreaterThan(routes.size());
	}

	@Test
	void theApiAndTheManagementEndpointsCarryThePoliciesToo() {
		for (String path : List.of("/api/v1/business-scopes", "/api/v1/me", "/actuator/health")) {
			Api.Reply reply = this.api.get(path).send();
			assertPolicies(path, reply.header("Content-Security-Policy"), reply.header("Referrer-Policy"),
					reply.header("Permissions-Policy"));
		}
	}

	@Test
	void swaggerUiAloneMayUseInlineStyleButNeverInlineScript() {
		Api.Reply swagger = this.api.get("/swagger-ui/index.html").header("Accept", "text/html").send();

		assertThat(swagger.status()).isEqualTo(200);
		assertThat(swagger.header("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
			.contains("; script-src 'self';");
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() {
		Pages.Page signIn = new Pages(baseUrl()).get("/sign-in");

		List<String> cookies = signIn.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies((cookie) -> {
				assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
				// Secure only in the prod profile (application-prod.yml): the tests run
				// over http
				assertThat(cookie).doesNotContainIgnoringCase("Secure");
			});
		// HSTS is sent over TLS only, unless the prod profile says every response
		assertThat(signIn.header("Strict-Transport-Security")).isNull();
	}

	private static void assertPolicies(String route, String csp, String referrer, String permissions) {
		assertThat(csp).as("Content-Security-Policy of " + route)
			.isNotNull()
			.contains("default-src 'self'", "; script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-eval");
		if (!route.startsWith("/swagger-ui")) {
			assertThat(csp).as("Content-Security-Policy of " + route).doesNotContain("unsafe-inline");
		}
		assertThat(referrer).as("Referrer-Policy of " + route).isEqualTo("strict-origin-when-cross-origin");
		assertThat(permissions).as("Permissions-Policy of " + route)
			.contains("camera=()", "microphone=()", "geolocation=()");
	}

	/** Every GET route of the pages without a path variable. */
	private Set<String> pageRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") && !pattern.contains("{") && !pattern.contains("*")) {
					routes.add(pattern);
				}
			}
		}
		return routes;
	}

	private Pages signedIn(String form, String email, String password, String home) {
		Pages pages = new Pages(baseUrl());
		pages.get(form);
		Pages.Page signedIn = pages.post("/sign-in", Map.of("email", email, "password", password));
		assertThat(signedIn.location()).as(signedIn.toString()).endsWith(home);
		return pages;
	}

}
