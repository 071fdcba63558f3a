package io.kaidian.platform.rules;

import java.util.List;

/** The caller's roles or duties do not allow this (e.g. a queue it does not work). */
public class ForbiddenException extends Refusal {

	public ForbiddenException(String code) {
		super(code, List.of());
	}

}
