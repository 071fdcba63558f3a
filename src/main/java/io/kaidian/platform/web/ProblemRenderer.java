package io.kaidian.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.kaidian.platform.i18n.Languages;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.platform.rules.Violation;

/**
 * Turns a status, a stable code and violations into the problem-details body of API.md:
 * {@code type, title, status, detail, instance, code, errors[{field, code, message}]},
 * with {@code title}, {@code detail} and each {@code message} in the caller's language.
 */
@Component
public class ProblemRenderer {

	/** Base of the {@code type} URI; the code, lower-cased with dashes, completes it. */
	static final String TYPE_BASE = "https://kaidian.io/problems/";

	private final MessageSource messages;

	private final JsonMapper json;

	private final ReaderTime times;

	ProblemRenderer(MessageSource messages, JsonMapper json, ReaderTime times) {
		this.messages = messages;
		this.json = json;
		this.times = times;
	}

	/** The stable code of an error known only by its HTTP status. */
	public static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "REQUEST_INVALID";
			case 401 -> "UNAUTHENTICATED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 503 -> "SERVICE_UNAVAILABLE";
			default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
		};
	}

	/**
	 * Adds the {@code errorId} of an unexpected failure to its problem, if it has one.
	 */
	public @Nullable ResponseEntity<Object> withErrorId(@Nullable ResponseEntity<Object> answer,
			@Nullable String errorId) {
		if (answer != null && errorId != null && answer.getBody() instanceof Map<?, ?> body) {
			@SuppressWarnings("unchecked")
			Map<String, Object> problem = (Map<String, Object>) body;
			problem.put("errorId", errorId);
		}
		return answer;
	}

	/**
	 * Writes a problem straight to the servlet response, for filters that answer before
	 * any controller runs; in the language of the request's {@code Accept-Language}.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code)
			throws IOException {
		write(request, response, status, code, List.of());
	}

	/**
	 * Writes a problem with its violations straight to the servlet response, like
	 * {@link #write(HttpServletRequest, HttpServletResponse, HttpStatusCode, String)}.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
			List<Violation> violations) throws IOException {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(Languages
			.supported(request.getHeader("Accept-Language") != null ? request.getLocale() : Languages.ENGLISH));
		try {
			Map<String, Object> problem = body(status, code, violations, Requests.path(request));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), problem);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	public Map<String, Object> body(HttpStatusCode status, String code, List<Violation> violations,
			@Nullable String instance, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')).toString());
		body.put("title", this.messages.getMessage("problem." + code + ".title", null,
				this.messages.getMessage("problem.status." + status.value(), null, "Error", locale), locale));
		body.put("status", status.value());
		body.put("detail", detail(status, code, violations, locale, arguments));
		if (instance != null) {
			body.put("instance", instance);
		}
		body.put("code", code);
		body.put("errors", violations.stream().map((violation) -> error(violation, locale)).toList());
		return body;
	}

	/**
	 * The problem's own detail; else, for a single violation, its message; else the
	 * status's. Never empty, so a client always has a sentence to show (every 422 too).
	 */
	private String detail(HttpStatusCode status, String code, List<Violation> violations, Locale locale,
			Object... arguments) {
		String detail = this.messages.getMessage("problem." + code + ".detail", this.times.arguments(arguments, locale),
				null, locale);
		if (detail == null && violations.size() == 1) {
			Violation violation = violations.get(0);
			detail = this.messages.getMessage("violation." + violation.code(),
					this.times.arguments(violation.arguments(), locale), null, locale);
		}
		if (detail == null || detail.isBlank()) {
			detail = this.messages.getMessage("problem.status." + status.value() + ".detail", null, null, locale);
		}
		if (detail == null || detail.isBlank()) {
			detail = this.messages.getMessage("problem.status.detail", null, "The request was not completed.", locale);
		}
		return detail;
	}

	public ResponseEntity<Object> response(HttpStatusCode status, String code, List<Violation> violations,
			@Nullable String instance, @Nullable HttpHeaders headers, Object... arguments) {
		HttpHeaders responseHeaders = new HttpHeaders();
		if (headers != null) {
			responseHeaders.putAll(headers);
		}
		responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body(status, code, violations, instance, arguments), responseHeaders, status);
	}

	private Map<String, Object> error(Violation violation, Locale locale) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", violation.field());
		error.put("code", violation.code());
		error.put("message", this.messages.getMessage("violation." + violation.code(),
				this.times.arguments(violation.arguments(), locale), violation.code(), locale));
		return error;
	}

}
