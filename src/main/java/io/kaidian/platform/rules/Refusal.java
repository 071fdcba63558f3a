package io.kaidian.platform.rules;

import java.util.List;

/**
 * A refusal with a stable {@code code} and the violations it is about. Domain code throws
 * one of the named subclasses; nothing is written (the transaction rolls back) and the
 * web edge renders it in the caller's language (docs/guide/errors.md).
 */
public abstract class Refusal extends RuntimeException {

	private final String code;

	private final List<Violation> violations;

	private final Object[] arguments;

	protected Refusal(String code, List<Violation> violations, Object... arguments) {
		super(code + (violations.isEmpty() ? "" : " " + violations));
		this.code = code;
		this.violations = List.copyOf(violations);
		this.arguments = arguments;
	}

	public String code() {
		return this.code;
	}

	public List<Violation> violations() {
		return this.violations;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
