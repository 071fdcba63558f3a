package io.kaidian.platform.security;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import io.kaidian.platform.web.ClientAddress;
import io.kaidian.platform.web.IdempotencyFilter;
import io.kaidian.platform.web.ProblemRenderer;

/**
 * Three filter chains: the API ({@code /api/**}) is stateless and authenticated by bearer
 * tokens; so are the management endpoints ({@code /actuator/**}), of which only health is
 * public and the rest is for operators; the pages use a session, a sign-in form and CSRF
 * protection. Roles: {@code SELLER}, {@code REVIEWER}, {@code OPERATOR}. See ADR 0003.
 * Authorized API writes with an {@code Idempotency-Key} pass the
 * {@link IdempotencyFilter} (ADR 0015). Every response carries the security headers of
 * {@link HeaderProperties} (ADR 0021).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private final HeaderProperties headers;

	SecurityConfiguration(HeaderProperties headers) {
		this.headers = headers;
	}

	/** Argon2id with Spring Security's current defaults. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

	@Bean
	ProblemSecurityHandlers problemSecurityHandlers(ProblemRenderer renderer) {
		return new ProblemSecurityHandlers(renderer);
	}

	/**
	 * The form's password, and its code when the email asks for one, checked by the
	 * account module with the API's brute-force protection (ADR 0016). The one provider,
	 * a bean: Spring Security asks it for the form (and {@code request.login}), and
	 * Spring Boot adds no default user.
	 */
	@Bean
	FormSignInProvider formSignInProvider(PasswordAuthenticator passwords, ClientAddress clients,
			LocaleResolver locales) {
		return new FormSignInProvider(passwords, clients, locales);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<AccessTokenAuthenticator> tokens, ProblemSecurityHandlers problems,
			IdempotencyFilter idempotency) throws Exception {
		statelessWithBearerTokens(http.securityMatcher("/api/**"), tokens, problems)
			// after authorization: 401 and 403 are answered before a key is stored
			.addFilterAfter(idempotency, AuthorizationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/sessions", "/api/v1/verification-codes", "/api/v1/sellers",
						"/api/v1/password-resets", "/api/v1/payments/notifications/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/business-scopes", "/api/v1/business-scopes/*",
						"/api/v1/sales-plans", "/api/v1/stores/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole(Role.OPERATOR.name())
				.requestMatchers("/api/v1/review/**")
				.hasRole(Role.REVIEWER.name())
				// the grading integration: an operator, or a credential operators issue
				// (R-GRADE)
				.requestMatchers("/api/v1/integration/order-facts", "/api/v1/integration/exposure-weights")
				.hasAnyRole(Role.OPERATOR.name(), Role.INTEGRATION.name())
				.requestMatchers("/api/v1/integration/**")
				.hasRole(Role.OPERATOR.name())
				.requestMatchers("/api/v1/me/**")
				.hasRole(Role.SELLER.name())
				.anyRequest()
				.authenticated());
		return http.build();
	}

	/**
	 * A chain for machines: no session, no CSRF token, no forms; the caller is whoever
	 * the bearer token names.
	 */
	private HttpSecurity statelessWithBearerTokens(HttpSecurity http, List<AccessTokenAuthenticator> tokens,
			ProblemSecurityHandlers problems) throws Exception {
		return http.headers(this::securityHeaders)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class);
	}

	/**
	 * The management endpoints: health (and its liveness and readiness groups) for
	 * anyone, the rest (metrics, info) for an operator's bearer token.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain management(HttpSecurity http, List<AccessTokenAuthenticator> tokens,
			ProblemSecurityHandlers problems) throws Exception {
		statelessWithBearerTokens(http.securityMatcher("/actuator/**"), tokens, problems)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.OPERATOR.name()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, PageSessionCheck sessions, ClientAddress clients,
			LocaleResolver locales) throws Exception {
		http.headers(this::securityHeaders)
			// a session whose password was reset or whose account was closed ends here
			.addFilterAfter(new PageSessionFilter(sessions), SecurityContextHolderFilter.class)
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/sign-in", "/staff/sign-in", "/register", "/register/**", "/password-reset",
						"/password-reset/**", "/sandbox/**", "/stores/**", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll()
				.requestMatchers("/staff/operations/**")
				.hasRole(Role.OPERATOR.name())
				.requestMatchers("/staff/**")
				.hasAnyRole(Role.REVIEWER.name(), Role.OPERATOR.name())
				.requestMatchers("/seller/**")
				.hasRole(Role.SELLER.name())
				.anyRequest()
				.authenticated())
			// sellers sign in at /sign-in, staff at /staff/sign-in; both forms post to
			// /sign-in
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("email")
				.authenticationDetailsSource(SignInDetails.source(clients, locales))
				.successHandler(PageSignIn::succeeded)
				.failureHandler(PageSignIn::failed)
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/staff/sign-in"),
					PathPatternRequestMatcher.withDefaults().matcher("/staff/**")))
			// the sandbox stands in for Alipay's callback, which carries no CSRF token of
			// ours
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/sandbox/**"))
			.logout((logout) -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut"));
		return http.build();
	}

	/**
	 * Spring Security's defaults (nosniff, frame denial, no caching of what is private)
	 * and ours: a Content-Security-Policy without inline script, the Referrer-Policy, the
	 * Permissions-Policy, and HSTS on every response where TLS ends at a proxy.
	 */
	private void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		// Swagger UI's bundle injects a <style>: its pages alone allow inline style,
		// never script
		RequestMatcher swaggerUi = new OrRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
					new ContentSecurityPolicyHeaderWriter(this.headers.contentSecurityPolicy())))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
					new ContentSecurityPolicyHeaderWriter(this.headers.swaggerUiContentSecurityPolicy())))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.get(this.headers.referrerPolicy())))
			.permissionsPolicyHeader((permissions) -> permissions.policy(this.headers.permissionsPolicy()))
			.httpStrictTransportSecurity((hsts) -> {
				hsts.maxAgeInSeconds(this.headers.hstsMaxAge().toSeconds()).includeSubDomains(true);
				if (this.headers.hstsOnEveryResponse()) {
					hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
				}
			});
	}

}
