package io.kaidian.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.kaidian.platform.web.Languages;
import io.kaidian.platform.web.ProblemRenderer;
import io.kaidian.platform.web.Requests;

/**
 * {@code 401} and {@code 403} of the API as problem details, written by the security
 * filters before any controller runs.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemRenderer renderer;

	private final JsonMapper json;

	ProblemSecurityHandlers(ProblemRenderer renderer, JsonMapper json) {
		this.renderer = renderer;
		this.json = json;
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
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(Languages
			.supported(request.getHeader("Accept-Language") != null ? request.getLocale() : Languages.ENGLISH));
		try {
			var body = this.renderer.body(HttpStatus.valueOf(status), code, List.of(), Requests.path(request));
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), body);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
