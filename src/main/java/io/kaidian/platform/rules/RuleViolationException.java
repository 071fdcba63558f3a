package io.kaidian.platform.rules;

import java.util.List;

/**
 * The request is well formed but breaks a rule: a field's format or a PRODUCT.md rule.
 */
public class RuleViolationException extends Refusal {

	public RuleViolationException(List<Violation> violations) {
		this(violations.size() == 1 ? violations.get(0).code() : "VALIDATION_FAILED", violations);
	}

	public RuleViolationException(String code, List<Violation> violations) {
		super(code, violations);
	}

	public static RuleViolationException of(String field, String code, Object... arguments) {
		return new RuleViolationException(List.of(Violation.of(field, code, arguments)));
	}

}
