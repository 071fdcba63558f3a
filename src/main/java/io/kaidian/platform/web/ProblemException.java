package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal that reaches the client as RFC 9457 problem details with a stable
 * {@code code} (API.md, "Conventions"). Business code throws one of the named subclasses;
 * the advice renders it in the caller's language and nothing is written (the transaction
 * rolls back).
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final List<Violation> violations;

	private final Object[] arguments;

	protected ProblemException(HttpStatus status, String code, List<Violation> violations, Object... arguments) {
		super(code + (violations.isEmpty() ? "" : " " + violations));
		this.status = status;
		this.code = code;
		this.violations = List.copyOf(violations);
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return this.status;
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
