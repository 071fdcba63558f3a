package io.kaidian.platform.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import io.kaidian.platform.web.ClientAddress;
import io.kaidian.platform.web.IdempotencyFilter;
import io.kaidian.platform.web.ProblemRenderer;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and authenticated by bearer
 * tokens; the pages use a session, a sign-in form and CSRF protection. Roles:
 * {@code SELLER}, {@code REVIEWER}, {@code OPERATOR}. See ADR 0003. Authorized API writes
 * with an {@code Idempotency-Key} pass the {@link IdempotencyFilter} (ADR 0015).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

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
	 * account module with the API's brute-force protection (ADR 0016). The one provider:
	 * as a bean it also keeps Spring Boot from adding a default user.
	 */
	@Bean
	FormSignInProvider formSignInProvider(PasswordAuthenticator passwords, ClientAddress clients,
			LocaleResolver locales) {
		return new FormSignInProvider(passwords, clients, locales);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccessTokenAuthenticator tokens, ProblemSecurityHandlers problems,
			IdempotencyFilter idempotency) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			// after authorization: 401 and 403 are answered before a key is stored
			.addFilterAfter(idempotency, AuthorizationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/sessions", "/api/v1/verification-codes", "/api/v1/sellers",
						"/api/v1/payments/notifications/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/business-scopes", "/api/v1/business-scopes/*",
						"/api/v1/sales-plans", "/api/v1/stores/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole(Role.OPERATOR.name())
				.requestMatchers("/api/v1/review/**")
				.hasRole(Role.REVIEWER.name())
				.requestMatchers("/api/v1/integration/**")
				.hasRole(Role.OPERATOR.name())
				.requestMatchers("/api/v1/me/**")
				.hasRole(Role.SELLER.name())
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, PasswordAuthenticator passwords, ClientAddress clients,
			LocaleResolver locales) throws Exception {
		// the form's password, and its code when the email asks for one, are checked by
		// the
		// account module with the API's brute-force protection (ADR 0016)
		http.authenticationProvider(new FormSignInProvider(passwords, clients, locales));
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/sign-in",
					"/staff/sign-in", "/register", "/register/**", "/sandbox/**", "/v3/api-docs/**", "/swagger-ui.html",
					"/swagger-ui/**", "/actuator/health/**", "/actuator/health", "/actuator/prometheus",
					"/actuator/info")
			.permitAll()
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

}
