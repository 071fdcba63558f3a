package io.kaidian.identity;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the two identity numbers share: how a typed number is normalised and how it is
 * masked for display.
 */
final class IdentityNumbers {

	/** Characters shown at each end of a masked number. */
	static final int SHOWN = 4;

	private IdentityNumbers() {
	}

	/**
	 * The number as typed, NFKC-normalised (full-width {@code １１０１} and {@code Ｘ} become
	 * {@code 1101} and {@code X}, the ideographic space a space), stripped of leading and
	 * trailing white space and upper-cased. Spaces inside the number are kept, and
	 * refused by the format rule.
	 * @param raw the number as typed, may be {@code null}
	 * @return the normalised number, empty for {@code null}
	 */
	static String normalise(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * The first and last {@value #SHOWN} characters with one {@code *} for each character
	 * between: {@code 1101**********1234}.
	 * @param value a normalised number of more than twice {@value #SHOWN} characters
	 * @return the masked number
	 */
	static String mask(String value) {
		int hidden = value.length() - 2 * SHOWN;
		return value.substring(0, SHOWN) + "*".repeat(hidden) + value.substring(value.length() - SHOWN);
	}

	/** {@link #mask} of a number that may be missing (a draft's). */
	static @Nullable String maskIfPresent(@Nullable String value) {
		return value != null ? mask(value) : null;
	}

}
