package io.kaidian.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.Violation;

/**
 * Every error of the API as RFC 9457 problem details with a stable {@code code} (API.md,
 * "Conventions"), including those Spring MVC raises itself. A browser asking for a page
 * gets the HTML error page instead. An unexpected failure answers {@code 500} with an
 * {@code errorId} that is also in the log; the stack trace stays in the log.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ProblemRenderer renderer;

	ProblemDetailsAdvice(ProblemRenderer renderer) {
		this.renderer = renderer;
	}

	@ExceptionHandler(Refusal.class)
	@Nullable ResponseEntity<Object> problem(Refusal ex, NativeWebRequest request) throws IOException {
		return answer(RefusalStatus.of(ex), ex.code(), ex.violations(), request, null, ex.arguments());
	}

	@ExceptionHandler(RateLimitedException.class)
	@Nullable ResponseEntity<Object> rateLimited(RateLimitedException ex, NativeWebRequest request) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()));
		return answer(RefusalStatus.of(ex), ex.code(), ex.violations(), request, headers, ex.retryAfter().toSeconds());
	}

	@ExceptionHandler(ParameterInvalidException.class)
	@Nullable ResponseEntity<Object> parameterInvalid(ParameterInvalidException ex, NativeWebRequest request) throws IOException {
		return answer(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID",
				List.of(Violation.of(ex.parameter(), "INVALID_VALUE")), request, null, ex.parameter());
	}

	@ExceptionHandler(MultipartException.class)
	@Nullable ResponseEntity<Object> multipartMalformed(MultipartException ex, NativeWebRequest request) throws IOException {
		// a body the parameter check let through but Spring cannot split into parts
		log.debug("Multipart body not readable", ex);
		return this.renderer.response(HttpStatus.BAD_REQUEST, "MULTIPART_MALFORMED", List.of(), pathOf(request), null);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	@Nullable ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, NativeWebRequest request)
			throws IOException {
		List<Violation> violations = ex.getConstraintViolations()
			.stream()
			.map((violation) -> Violation.of(lastNode(violation.getPropertyPath().toString()),
					codeOf(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())))
			.toList();
		return answer(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", violations, request, null);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	@Nullable ResponseEntity<Object> accessDenied(RuntimeException ex, NativeWebRequest request) throws IOException {
		return answer(HttpStatus.FORBIDDEN, "FORBIDDEN", List.of(), request, null);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	@Nullable ResponseEntity<Object> duplicate(DuplicateKeyException ex, NativeWebRequest request) throws IOException {
		// a concurrent request won the race for a unique value: the loser learns of the
		// conflict
		log.debug("Duplicate key", ex);
		return answer(HttpStatus.CONFLICT, "DUPLICATE", List.of(), request, null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@Nullable ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, NativeWebRequest request)
			throws IOException {
		return answer(HttpStatus.CONFLICT, "VERSION_CONFLICT", List.of(), request, null);
	}

	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<Object> unexpected(Exception ex, NativeWebRequest request) throws IOException {
		String errorId = UUID.randomUUID().toString();
		log.error("Unexpected error {} on {}", errorId, describe(request), ex);
		return this.renderer.withErrorId(
				answer(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", List.of(), request, null, errorId), errorId);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationFailed(ex.getBindingResult(), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimit.TooLarge) {
				return answerOrNull(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", List.of(), request, headers);
			}
		}
		List<Violation> violations = new ArrayList<>();
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			for (var reference : databind.getPath()) {
				if (reference.getPropertyName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					field.append('[').append(reference.getIndex()).append(']');
				}
			}
			violations.add(Violation.of(field.toString(), "INVALID_VALUE"));
		}
		return answerOrNull(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", violations, request, headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return answerOrNull(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID",
				List.of(Violation.of(ex.getParameterName(), "REQUIRED")), request, headers, ex.getParameterName());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
			HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// the method as sent: Spring leaves it out for TRACE, which the container refuses
		String method = request instanceof ServletWebRequest servlet ? servlet.getRequest().getMethod()
				: ex.getMethod();
		return answerOrNull(status, "METHOD_NOT_ALLOWED", List.of(), request, headers, method);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answerOrNull(status, "UNSUPPORTED_MEDIA_TYPE", List.of(), request, headers,
				String.valueOf(ex.getContentType()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answerOrNull(status, "NOT_FOUND", List.of(), request, headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answerOrNull(status, "NOT_FOUND", List.of(), request, headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answerOrNull(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
				List.of(Violation.of("file", "PAYLOAD_TOO_LARGE")), request, headers);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a path or query parameter (a body's fields are handleHttpMessageNotReadable's)
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		return answerOrNull(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID", List.of(Violation.of(field, "INVALID_VALUE")),
				request, headers, String.valueOf(field));
	}

	/**
	 * Every other exception Spring MVC maps to a status: keep the status, add our body.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return answerOrNull(status, ProblemRenderer.codeFor(status), List.of(), request, headers);
	}

	private ResponseEntity<Object> validationFailed(BindingResult result, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			violations.add(Violation.of(error.getField(), codeOf(error.getCode())));
		}
		result.getGlobalErrors().forEach((error) -> violations.add(Violation.of(null, codeOf(error.getCode()))));
		ResponseEntity<Object> answer = answerOrNull(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", violations,
				request, null);
		return answer != null ? answer : ResponseEntity.unprocessableContent().build();
	}

	/** Bean Validation constraint names as our stable violation codes. */
	static String codeOf(@Nullable String constraint) {
		if (constraint == null) {
			return "INVALID_VALUE";
		}
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
			case "Email" -> "EMAIL_INVALID";
			case "Size", "Length" -> "LENGTH_INVALID";
			case "Pattern" -> "FORMAT_INVALID";
			case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
			default -> constraint.toUpperCase(Locale.ROOT);
		};
	}

	private static String lastNode(String path) {
		int dot = path.indexOf('.');
		return dot >= 0 ? path.substring(dot + 1) : path;
	}

	private @Nullable ResponseEntity<Object> answerOrNull(HttpStatusCode status, String code,
			List<Violation> violations, WebRequest request, @Nullable HttpHeaders headers, Object... arguments) {
		try {
			return answer(status, code, violations, (NativeWebRequest) request, headers, arguments);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Problem details for API calls; for a browser asking for a page, the status is sent
	 * as an error so the container shows the HTML error page, and no body is written
	 * here.
	 */
	private @Nullable ResponseEntity<Object> answer(HttpStatusCode status, String code, List<Violation> violations,
			NativeWebRequest request, @Nullable HttpHeaders headers, Object... arguments) throws IOException {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		HttpServletResponse servletResponse = request.getNativeResponse(HttpServletResponse.class);
		String path = servletRequest != null ? Requests.path(servletRequest) : null;
		if (servletRequest != null && servletResponse != null && path != null
				&& Requests.wantsPage(servletRequest, path) && !servletResponse.isCommitted()) {
			servletResponse.sendError(status.value());
			return null;
		}
		return this.renderer.response(status, code, violations, path, headers, arguments);
	}

	private static @Nullable String pathOf(NativeWebRequest request) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		return servletRequest != null ? Requests.path(servletRequest) : null;
	}

	private static String describe(NativeWebRequest request) {
		return request instanceof ServletWebRequest servlet
				? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI() : request.toString();
	}

}
