package io.kaidian.platform.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.UnauthenticatedException;
import io.kaidian.platform.web.ClientAddress;

/**
 * Checks the pages' sign-in form (and {@code request.login} after registering) through
 * the account module's {@link PasswordAuthenticator}, and turns its refusals into what
 * {@link PageSignIn} shows: a wrong password, a code needed (step-up), a wrong code, or
 * too many failures from this client.
 */
class FormSignInProvider implements AuthenticationProvider {

	private final PasswordAuthenticator authenticator;

	private final ClientAddress clients;

	private final LocaleResolver locales;

	FormSignInProvider(PasswordAuthenticator authenticator, ClientAddress clients, LocaleResolver locales) {
		this.authenticator = authenticator;
		this.clients = clients;
		this.locales = locales;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SignInDetails details = (authentication.getDetails() instanceof SignInDetails given) ? given : current();
		String email = authentication.getName();
		Object credentials = authentication.getCredentials();
		SignInAttempt attempt = new SignInAttempt(email, credentials == null ? "" : credentials.toString(),
				details.code(), details.client(), details.locale());
		try {
			KaidianUserDetails principal = this.authenticator.authenticate(attempt);
			UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
					null, principal.getAuthorities());
			result.setDetails(details);
			return result;
		}
		catch (UnauthenticatedException ex) {
			if (PageSignInFailure.STEP_UP.equals(ex.code())) {
				throw new PageSignInFailure(
						ex.violations().isEmpty() ? PageSignInFailure.STEP_UP_REASON : PageSignInFailure.STEP_UP_FAILED,
						email);
			}
			throw new PageSignInFailure(PageSignInFailure.WRONG, email);
		}
		catch (RateLimitedException ex) {
			throw new PageSignInFailure(PageSignInFailure.LIMITED, email);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The details of a sign-in started without the form ({@code request.login}). */
	private SignInDetails current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return new SignInDetails(this.clients.of(request), null, this.locales.resolveLocale(request));
		}
		return new SignInDetails("unknown", null, Locale.ENGLISH);
	}

}
