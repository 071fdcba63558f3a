package io.kaidian.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.text.TextFields;
import io.kaidian.platform.text.TextPolicy;

/**
 * The text policy for request parameters (ADR 0020): the query string, form fields of the
 * pages (and of the sign-in form, which no controller binds), and the text fields of a
 * multipart body, checked before any filter or controller reads them. A value the policy
 * refuses answers {@code 422}: problem details naming every such parameter for an API
 * call, the error page for a browser. A body that cannot be parsed into parameters at
 * all, such as a multipart body without a boundary, answers {@code 400
 * MULTIPART_MALFORMED} ({@code REQUEST_INVALID} for a form, {@code 413} when too large)
 * as problem details, since the error page itself would read the broken parameters again.
 */
class RequestParameterCheck extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestParameterCheck.class);

	private final ProblemRenderer renderer;

	RequestParameterCheck(ProblemRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
			if (isMultipart(request)) {
				request.getParts();
			}
		}
		catch (IllegalStateException | ServletException | IOException ex) {
			refuseUnreadable(request, response, ex);
			return;
		}
		List<Violation> violations = new ArrayList<>();
		parameters.forEach((name, values) -> {
			for (String value : values) {
				TextPolicy.check(value, TextFields.kindOf(name))
					.ifPresent((code) -> violations.add(Violation.of(name, code)));
			}
		});
		if (violations.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String path = Requests.path(request);
		if (Requests.wantsPage(request, path)) {
			request.setAttribute(ErrorPages.CODE_ATTRIBUTE, "TEXT_NOT_ALLOWED");
			response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return;
		}
		this.renderer.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", violations);
	}

	private void refuseUnreadable(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		if (isTooLarge(ex)) {
			response.setHeader("Connection", "close");
			this.renderer.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
					List.of(Violation.of("file", "PAYLOAD_TOO_LARGE")));
			return;
		}
		log.debug("Request parameters not readable on {} {}", request.getMethod(), Requests.path(request), ex);
		this.renderer.write(request, response, HttpStatus.BAD_REQUEST,
				isMultipart(request) ? "MULTIPART_MALFORMED" : "REQUEST_INVALID");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * Whether the container refused the body for its size (Tomcat's size-limit
	 * exceptions).
	 */
	private static boolean isTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

}
