package io.kaidian.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. A token that is
 * present but unknown, expired or revoked answers {@code 401 TOKEN_INVALID} at once (RFC
 * 6750); no token leaves the call anonymous, for the authorization rules to decide. The
 * token is offered to every {@link AccessTokenAuthenticator} in order (the account's
 * sessions, the integration credentials operators issue).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final List<AccessTokenAuthenticator> authenticators;

	private final ProblemSecurityHandlers problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(List<AccessTokenAuthenticator> authenticators, ProblemSecurityHandlers problems) {
		this.authenticators = List.copyOf(authenticators);
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(PREFIX.length()).trim();
		Optional<KaidianUser> user = token.isEmpty() ? Optional.empty() : authenticate(token);
		if (user.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, 401, "TOKEN_INVALID");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().authorities()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	/** The first authenticator that knows the token: sessions, then credentials. */
	private Optional<KaidianUser> authenticate(String token) {
		for (AccessTokenAuthenticator authenticator : this.authenticators) {
			Optional<KaidianUser> user = authenticator.authenticate(token);
			if (user.isPresent()) {
				return user;
			}
		}
		return Optional.empty();
	}

}
