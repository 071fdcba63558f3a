package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * {@code 415}: a file of a type not accepted here (API.md, "Conventions"), as decided
 * from its bytes, not from its name or declared type.
 */
public class UnsupportedMediaTypeException extends ProblemException {

	public UnsupportedMediaTypeException(String code, List<Violation> violations, Object... arguments) {
		super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, code, violations, arguments);
	}

	public static UnsupportedMediaTypeException of(String field, String code, Object... arguments) {
		return new UnsupportedMediaTypeException(code, List.of(Violation.of(field, code, arguments)), arguments);
	}

}
