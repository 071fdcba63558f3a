package io.kaidian.platform.rules;

import java.util.List;

/** The credentials given do not sign anyone in. */
public class UnauthenticatedException extends Refusal {

	public UnauthenticatedException(String code) {
		super(code, List.of());
	}

	/** With the fields that did not prove who the caller is. */
	public UnauthenticatedException(String code, List<Violation> violations) {
		super(code, violations);
	}

}
