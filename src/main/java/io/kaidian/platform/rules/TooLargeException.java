package io.kaidian.platform.rules;

import java.util.List;

/**
 * An upload larger than its limit. Thrown by the code that reads the upload, so the
 * refusal names the limit that applies to it.
 */
public class TooLargeException extends Refusal {

	public TooLargeException(List<Violation> violations) {
		super("PAYLOAD_TOO_LARGE", violations);
	}

	public static TooLargeException of(String field, String code, Object... arguments) {
		return new TooLargeException(List.of(Violation.of(field, code, arguments)));
	}

}
