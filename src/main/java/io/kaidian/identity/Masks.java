package io.kaidian.identity;

import org.jspecify.annotations.Nullable;

/**
 * ID numbers and credit codes as responses show them: {@code 1101**********1234}
 * (API.md).
 */
final class Masks {

	private Masks() {
	}

	static @Nullable String mask(@Nullable String number) {
		if (number == null) {
			return null;
		}
		if (number.length() <= 8) {
			return "*".repeat(number.length());
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

}
