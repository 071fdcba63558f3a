package io.kaidian.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * {@code 413}: an upload larger than its limit (API.md, "Conventions"). Thrown by the
 * code that reads the upload, so the answer names the limit that applies to it.
 */
public class PayloadTooLargeException extends ProblemException {

	public PayloadTooLargeException(List<Violation> violations) {
		super(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", violations);
	}

	public static PayloadTooLargeException of(String field, String code, Object... arguments) {
		return new PayloadTooLargeException(List.of(Violation.of(field, code, arguments)));
	}

}
