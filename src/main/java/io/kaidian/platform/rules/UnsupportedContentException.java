package io.kaidian.platform.rules;

import java.util.List;

/**
 * A file of a type not accepted here, as decided from its bytes, not from its name or
 * declared type.
 */
public class UnsupportedContentException extends Refusal {

	public UnsupportedContentException(String code, List<Violation> violations, Object... arguments) {
		super(code, violations, arguments);
	}

	public static UnsupportedContentException of(String field, String code, Object... arguments) {
		return new UnsupportedContentException(code, List.of(Violation.of(field, code, arguments)), arguments);
	}

}
