package io.kaidian.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Where the pages' sign-in form leads: staff to {@code /staff}, sellers to
 * {@code /seller}; a failure back to the form it came from ({@code origin=staff} marks
 * the staff form) with why: {@code ?error} (wrong email or password), {@code ?stepUp} (a
 * code was sent by email: type it with the password), {@code ?stepUpFailed} (the password
 * or the code was wrong) or {@code ?limited} (too many failures from this client).
 */
public final class PageSignIn {

	/**
	 * The session attribute holding the email of a sign-in that needs a code, so the form
	 * shows it again.
	 */
	public static final String STEP_UP_EMAIL = "kaidian.sign-in.step-up-email";

	private PageSignIn() {
	}

	static void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (request.getSession(false) != null) {
			request.getSession(false).removeAttribute(STEP_UP_EMAIL);
		}
		KaidianUser user = KaidianUserDetails.of(authentication);
		String target = user != null && user.kind() == AccountKind.STAFF ? "/staff" : "/seller";
		response.sendRedirect(request.getContextPath() + target);
	}

	static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String form = "staff".equals(request.getParameter("origin")) ? "/staff/sign-in" : "/sign-in";
		String reason = "error";
		if (exception instanceof PageSignInFailure failure) {
			reason = failure.reason();
			if (PageSignInFailure.STEP_UP_REASON.equals(reason) || PageSignInFailure.STEP_UP_FAILED.equals(reason)) {
				request.getSession().setAttribute(STEP_UP_EMAIL, failure.email());
			}
		}
		response.sendRedirect(request.getContextPath() + form + "?" + reason);
	}

}
