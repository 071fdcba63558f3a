package io.kaidian.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one text policy of the service (ADR 0020). Every text a client sends, in a JSON
 * body or a request parameter, is checked against it at the web edge, so no module stores
 * or shows a NUL, a control character that breaks a log line or a CSV, a bidi override
 * that makes a name read backwards, an invisible character that makes two names look
 * alike, or markup in a name or address. A refusal is one of the stable codes below.
 */
public final class TextPolicy {

	/** A C0 or C1 control character, or a Unicode line or paragraph separator. */
	public static final String CONTROL_CHARACTER = "TEXT_CONTROL_CHARACTER";

	/** A bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069). */
	public static final String BIDI_OVERRIDE = "TEXT_BIDI_OVERRIDE";

	/** A zero-width or invisible formatting character, in a name or an address. */
	public static final String ZERO_WIDTH = "TEXT_ZERO_WIDTH";

	/** An HTML tag or character reference, in a name or an address. */
	public static final String MARKUP = "TEXT_MARKUP";

	/** Half of a surrogate pair, or a Unicode noncharacter: not text at all. */
	public static final String INVALID_CHARACTER = "TEXT_INVALID_CHARACTER";

	/**
	 * {@code <} and {@code >} anywhere, or a character reference such as {@code &lt;} or
	 * {@code &#60;}.
	 */
	private static final Pattern MARKUP_PATTERN = Pattern
		.compile("[<>]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

	private TextPolicy() {
	}

	/**
	 * The code of the first rule the text breaks for its kind of field, or empty when the
	 * text is clean.
	 */
	public static Optional<String> check(String text, TextKind kind) {
		boolean nameLike = kind == TextKind.NAME || kind == TextKind.ADDRESS;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = text.codePointAt(i);
				i++;
				if (isNoncharacter(codePoint)) {
					return Optional.of(INVALID_CHARACTER);
				}
				if (nameLike && isInvisible(codePoint)) {
					return Optional.of(ZERO_WIDTH);
				}
				continue;
			}
			Optional<String> refused = check(c, kind, nameLike);
			if (refused.isPresent()) {
				return refused;
			}
		}
		if (nameLike && MARKUP_PATTERN.matcher(text).find()) {
			return Optional.of(MARKUP);
		}
		return Optional.empty();
	}

	private static Optional<String> check(char c, TextKind kind, boolean nameLike) {
		if (Character.isSurrogate(c) || isNoncharacter(c)) {
			return Optional.of(INVALID_CHARACTER);
		}
		if (isControl(c) && !(kind == TextKind.MULTI_LINE && (c == '\t' || c == '\n' || c == '\r'))) {
			return Optional.of(CONTROL_CHARACTER);
		}
		if (isBidiOverride(c)) {
			return Optional.of(BIDI_OVERRIDE);
		}
		if (nameLike && isInvisible(c)) {
			return Optional.of(ZERO_WIDTH);
		}
		return Optional.empty();
	}

	/** C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F), and U+2028/U+2029. */
	static boolean isControl(int c) {
		return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
	}

	/** The embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069. */
	static boolean isBidiOverride(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	/**
	 * Characters that take no space or are not seen: zero-width space, joiners and marks
	 * (U+200B–U+200F), soft hyphen, combining grapheme joiner, Arabic letter mark,
	 * Mongolian vowel separator, word joiner and invisible operators (U+2060–U+2064),
	 * Hangul fillers, byte-order mark, and the tag characters (U+E0000–U+E007F).
	 */
	static boolean isInvisible(int c) {
		return (c >= 0x200B && c <= 0x200F) || c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x180E
				|| (c >= 0x2060 && c <= 0x2064) || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
				|| c == 0xFEFF || (c >= 0xE0000 && c <= 0xE007F);
	}

	/** U+FDD0–U+FDEF and the last two code points of every plane. */
	static boolean isNoncharacter(int c) {
		return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
	}

}
