package io.kaidian.platform.web;

/**
 * A path or query parameter a handler cannot use, such as an unknown value where a fixed
 * set is expected: {@code 400 PARAMETER_INVALID} naming the parameter. Thrown by web code
 * only; a business rule broken by a well-formed value is a
 * {@link io.kaidian.platform.rules.RuleViolationException}.
 */
public class ParameterInvalidException extends RuntimeException {

	private final String parameter;

	public ParameterInvalidException(String parameter) {
		super("Parameter not valid: " + parameter);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
