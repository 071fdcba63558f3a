package io.kaidian.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.LockedException;

/**
 * Where the pages' sign-in form leads: staff to {@code /staff}, sellers to
 * {@code /seller}; a failure back to the form it came from ({@code origin=staff} marks
 * the staff form), saying whether the password was wrong or the email is locked for now.
 */
final class PageSignIn {

	private PageSignIn() {
	}

	static void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		KaidianUser user = KaidianUserDetails.of(authentication);
		String target = user != null && user.kind() == AccountKind.STAFF ? "/staff" : "/seller";
		response.sendRedirect(request.getContextPath() + target);
	}

	static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String form = "staff".equals(request.getParameter("origin")) ? "/staff/sign-in" : "/sign-in";
		boolean locked = exception instanceof LockedException || exception.getCause() instanceof LockedException;
		String reason = locked ? "locked" : "error";
		response.sendRedirect(request.getContextPath() + form + "?" + reason);
	}

}
