package io.kaidian.settlement;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Trademark numbers (R-APP-5; docs/adr/0013-settlement-application.md): a number of the
 * China National Intellectual Property Administration — the same number identifies the
 * application (TM) and, once registered, the registration (®) — is 1 to 9 digits; an
 * international registration under the Madrid system designating China is {@code G}
 * followed by 1 to 9 digits. Spaces, hyphens and a lower-case {@code g} are accepted on
 * entry and normalised away.
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
