package io.kaidian.review.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.KaidianUserDetails;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.web.RefusalStatus;
import io.kaidian.platform.web.Requests;

/**
 * What every reviewer's page shares: only reviewers reach it, and a refusal while showing
 * it (not your queue, a conflict of interest, no such case) is the error page, saying
 * exactly why in the reviewer's language.
 */
abstract class ReviewerPage {

	static final String ERROR = "error/page";

	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(ERROR);
		page.setStatus(RefusalStatus.of(ex));
		page.addObject("status", RefusalStatus.of(ex).value());
		page.addObject("code", ex.code());
		page.addObject("errorId", null);
		page.addObject("currentUser", KaidianUserDetails.of(SecurityContextHolder.getContext().getAuthentication()));
		page.addObject("currentPath", Requests.path(request));
		return page;
	}

	/** The caller's account, refused unless a reviewer. */
	static UUID reviewer(KaidianUser caller) {
		if (!caller.has(Role.REVIEWER)) {
			throw new ForbiddenException("FORBIDDEN");
		}
		return caller.accountId();
	}

}
