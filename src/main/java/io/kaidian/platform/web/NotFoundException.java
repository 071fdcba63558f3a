package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * {@code 404}: no such thing, or none the caller may see. Another seller's id answers
 * this, never {@code 403}, so existence does not leak (API.md, "Conventions").
 */
public class NotFoundException extends ProblemException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND, "NOT_FOUND", List.of());
	}

	public NotFoundException(String code) {
		super(HttpStatus.NOT_FOUND, code, List.of());
	}

}
