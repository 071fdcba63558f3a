package io.kaidian.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.KaidianUserDetails;

/**
 * What the page layout needs on every page: who is signed in, and the path for the
 * language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	@ModelAttribute("currentUser")
	@Nullable KaidianUser currentUser(@Nullable Authentication authentication) {
		return KaidianUserDetails.of(authentication);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
