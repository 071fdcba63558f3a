package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** {@code 401}: the credentials given do not sign anyone in. */
public class UnauthenticatedException extends ProblemException {

	public UnauthenticatedException(String code) {
		super(HttpStatus.UNAUTHORIZED, code, List.of());
	}

}
