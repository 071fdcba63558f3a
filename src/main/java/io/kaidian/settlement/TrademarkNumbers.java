package io.kaidian.settlement;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Trademark numbers, CNIPA and Madrid, normalised on entry (R-APP-5). Guide:
 * docs/guide/settlement-application.md; ADR 0013.
 */
final class TrademarkNumbers {

	private static final Pattern VALID = Pattern.compile("G?[0-9]{1,9}");

	private TrademarkNumbers() {
	}

	/** The number without spaces or hyphens, upper case; {@code null} when blank. */
	static @Nullable String normalise(@Nullable String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		return number.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
	}

	/** Whether a normalised number has the format of a Chinese or Madrid number. */
	static boolean valid(String normalised) {
		return VALID.matcher(normalised).matches();
	}

}
