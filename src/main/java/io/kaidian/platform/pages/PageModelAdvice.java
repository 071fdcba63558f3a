package io.kaidian.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.KaidianUserDetails;

/**
 * What the page layout needs on every page: who is signed in, the path for the language
 * switch, and whether Swagger UI is served (not in the {@code prod} profile).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	private final boolean swaggerUi;

	PageModelAdvice(Environment environment) {
		this.swaggerUi = environment.getProperty("springdoc.swagger-ui.enabled", Boolean.class, true);
	}

	@ModelAttribute("swaggerUi")
	boolean swaggerUi() {
		return this.swaggerUi;
	}

	@ModelAttribute("currentUser")
	@Nullable KaidianUser currentUser(@Nullable Authentication authentication) {
		return KaidianUserDetails.of(authentication);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
