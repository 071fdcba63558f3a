package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * {@code 422}: the request is well formed but breaks a rule (a field's format or a
 * PRODUCT.md rule).
 */
public class RuleViolationException extends ProblemException {

	public RuleViolationException(List<Violation> violations) {
		this(violations.size() == 1 ? violations.get(0).code() : "VALIDATION_FAILED", violations);
	}

	public RuleViolationException(String code, List<Violation> violations) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, code, violations);
	}

	public static RuleViolationException of(String field, String code, Object... arguments) {
		return new RuleViolationException(List.of(Violation.of(field, code, arguments)));
	}

}
