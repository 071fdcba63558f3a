package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * {@code 403}: the caller's roles or duties do not allow this (e.g. a queue it does not
 * work).
 */
public class ForbiddenException extends ProblemException {

	public ForbiddenException(String code) {
		super(HttpStatus.FORBIDDEN, code, List.of());
	}

}
