package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * {@code 409}: the request conflicts with the current state (wrong step, stale version,
 * duplicate).
 */
public class ConflictException extends ProblemException {

	public ConflictException(String code, Object... arguments) {
		super(HttpStatus.CONFLICT, code, List.of(), arguments);
	}

	public ConflictException(String code, List<Violation> violations) {
		super(HttpStatus.CONFLICT, code, violations);
	}

}
