package io.kaidian.platform.rules;

import java.util.List;

/**
 * No such thing, or none the caller may see. Another seller's id gets this, never a
 * refusal of access, so existence does not leak.
 */
public class NotFoundException extends Refusal {

	public NotFoundException() {
		super("NOT_FOUND", List.of());
	}

	public NotFoundException(String code) {
		super(code, List.of());
	}

}
