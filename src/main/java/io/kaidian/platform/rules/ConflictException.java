package io.kaidian.platform.rules;

import java.util.List;

/** The request conflicts with the current state: wrong step, stale version, duplicate. */
public class ConflictException extends Refusal {

	public ConflictException(String code, Object... arguments) {
		super(code, List.of(), arguments);
	}

	public ConflictException(String code, List<Violation> violations) {
		super(code, violations);
	}

}
