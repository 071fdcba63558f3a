package io.kaidian.platform.rules;

import java.util.List;

/** The credentials given do not sign anyone in. */
public class UnauthenticatedException extends Refusal {

	public UnauthenticatedException(String code) {
		super(code, List.of());
	}

}
