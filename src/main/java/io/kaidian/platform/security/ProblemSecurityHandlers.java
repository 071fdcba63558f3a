package io.kaidian.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.kaidian.platform.web.ProblemRenderer;

/**
 * {@code 401} and {@code 403} of the API as problem details, written by the security
 * filters before any controller runs.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemRenderer renderer;

	ProblemSecurityHandlers(ProblemRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, 401, "UNAUTHENTICATED");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, 403, "FORBIDDEN");
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
		this.renderer.write(request, response, HttpStatus.valueOf(status), code);
	}

}
