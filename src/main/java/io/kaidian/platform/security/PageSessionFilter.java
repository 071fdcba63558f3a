package io.kaidian.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import io.kaidian.platform.web.Requests;

/**
 * Ends a page session whose account was closed or whose password was changed since it
 * signed in, on whichever instance it lives: the request goes on anonymous, so a page
 * that needs a sign-in sends the browser to the sign-in form. Static files are not
 * checked.
 */
class PageSessionFilter extends OncePerRequestFilter {

	private final PageSessionCheck check;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	PageSessionFilter(PageSessionCheck check) {
		this.check = check;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = Requests.path(request);
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KaidianUserDetails details
				&& !this.check.stands(details)) {
			this.contexts.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
