package io.kaidian.platform.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.web.servlet.LocaleResolver;

import io.kaidian.platform.web.ClientAddress;

/**
 * What the sign-in form sends besides email and password: the one-time code of a step-up
 * ({@code code}), the client's address and the page's language.
 *
 * @param client the client's address
 * @param code the code typed, {@code null} when the field was empty or absent
 * @param locale the page's language
 */
record SignInDetails(String client, @Nullable String code, Locale locale) {

	static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source(ClientAddress clients,
			LocaleResolver locales) {
		return (request) -> of(request, clients, locales);
	}

	static SignInDetails of(HttpServletRequest request, ClientAddress clients, LocaleResolver locales) {
		String code = request.getParameter("code");
		return new SignInDetails(clients.of(request), (code == null || code.isBlank()) ? null : code.strip(),
				locales.resolveLocale(request));
	}

}
