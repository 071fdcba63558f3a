package io.kaidian.screening;

import java.text.Normalizer;
import java.util.Arrays;

import com.github.houbb.sensitive.word.api.IWordContext;
import com.github.houbb.sensitive.word.api.IWordFormat;
import com.github.houbb.sensitive.word.bs.SensitiveWordContext;
import com.github.houbb.sensitive.word.support.format.WordFormats;

/**
 * Folds a text into the <em>skeleton</em> the dictionaries are matched against, and
 * remembers for every skeleton character where it came from in the original text, so a
 * hit reports the original substring and offsets (R-REG-5).
 * <p>
 * Per code point of the original:
 * <ul>
 * <li>zero-width and other invisible format characters (U+200B–U+200D, U+2060, U+FEFF,
 * U+00AD, …), combining marks (accents: {@code é → e}) and apostrophes ({@code ' ’ ʼ},
 * word-internal: {@code Tom's} is one word) are dropped;</li>
 * <li>compatibility forms are decomposed (Unicode NFKD): full-width {@code ＮＩＫＥ},
 * mathematical {@code 𝐍𝐢𝐤𝐞}, circled and superscript letters become ASCII;</li>
 * <li>look-alike letters become the Latin letter they imitate, case kept (table
 * {@link #CONFUSABLES}): Cyrillic {@code а о е і р с х …}, Greek {@code Α Β Ε Ι Κ Ν Ο …},
 * {@code ı ł ø đ};</li>
 * <li>traditional Chinese characters become simplified ones ({@code 華為 → 华为}, with
 * sensitive-word's own OpenCC table);</li>
 * <li>every other character that is not a letter or digit (spaces, punctuation, symbols,
 * emoji) is a separator; a run of separators becomes one {@link #SEPARATOR}, which a
 * match may cross ({@code n.i.k.e}) and which marks a word boundary at a match's
 * ends;</li>
 * <li>only in the {@link Leet look-alike digit passes}: {@code 0→o 1→i|l 3→e 4→a 5→s @→a
 * $→s}. Terms are never folded this way, so the term {@code 3M} is not found in
 * {@code EM}, and a text is always also matched without this folding ({@code 3M} finds
 * {@code 3M}). Other digits ({@code 2 6 7 8 9}) stay digits.</li>
 * </ul>
 * Case is kept in the skeleton: the word-boundary rule reads it ({@code NikeStore} is two
 * words) and the matcher ignores it. Every step maps one code point to characters of its
 * own, so offsets never drift.
 */
final class TextNormaliser {

	/** Stands for a run of separators in a skeleton. */
	static final char SEPARATOR = ' ';

	/**
	 * Look-alikes and the Latin letters they become: {@code CONFUSABLES.charAt(i)} reads
	 * as {@code LATIN.charAt(i)}. Only letters that look the same in common fonts;
	 * letters that merely resemble one (Cyrillic {@code и}, Greek {@code η}) are left
	 * alone, as folding them would make ordinary Russian or Greek words collide with
	 * English terms.
	 */
	static final String CONFUSABLES =
			// Cyrillic capitals А В Е Ѕ І Ј К М Н О Р С Т Х У Ү Ԛ Ԝ Ӏ
			"\u0410\u0412\u0415\u0405\u0406\u0408\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0423\u04AE\u051A\u051C\u04C0"
					// Cyrillic small а е о р с у х ѕ і ј һ ԁ ԛ ԝ ӏ ү
					+ "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u04BB\u0501\u051B\u051D\u04CF\u04AF"
					// Greek capitals Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
					+ "\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7"
					// Greek small α β ε ι κ ν ο ρ τ υ χ γ
					+ "\u03B1\u03B2\u03B5\u03B9\u03BA\u03BD\u03BF\u03C1\u03C4\u03C5\u03C7\u03B3"
					// Latin ı ł Ł ø Ø đ Đ
					+ "\u0131\u0142\u0141\u00F8\u00D8\u0111\u0110";

	/** What each of {@link #CONFUSABLES} becomes. */
	static final String LATIN = "ABESIJKMHOPCTXYYQWI" + "aeopcyxsijhdqwly" + "ABEZHIKMNOPTYX" + "abeikvoptuxy"
			+ "ilLoOdD";

	/** Digits and signs read as letters in the look-alike passes. */
	private static final String LEET = "01345@$";

	/**
	 * What each of {@link #LEET} reads as ({@code 1} as {@code l} in the second pass).
	 */
	private static final String LEET_LETTERS = "oieasas";

	private static final int[] FOLDED = folding();

	private TextNormaliser() {
	}

	/** How a pass reads digits and {@code @ $}. */
	enum Leet {

		/** As they are: digits are digits, {@code @ $} separators. */
		NONE,

		/** As letters, {@code 1} as {@code i}. */
		ONE_AS_I,

		/** As letters, {@code 1} as {@code l}. */
		ONE_AS_L

	}

	/**
	 * A folded text.
	 *
	 * @param text the skeleton (case kept)
	 * @param starts for each skeleton character, where its code point starts in the
	 * original
	 * @param ends for each skeleton character, where its code point ends in the original
	 * @param leetCandidates whether the original has a character the look-alike passes
	 * read differently
	 * @param hasOne whether the original has a {@code 1}, read differently by the two
	 * look-alike passes
	 */
	record Skeleton(String text, int[] starts, int[] ends, boolean leetCandidates, boolean hasOne) {

		/** The dictionary key of skeleton characters {@code [from, to)}. */
		String key(int from, int to) {
			StringBuilder key = new StringBuilder(to - from);
			for (int i = from; i < to; i++) {
				char c = this.text.charAt(i);
				if (c != SEPARATOR) {
					key.append(Character.toLowerCase(c));
				}
			}
			return key.toString();
		}

	}

	/**
	 * A dictionary term as the matcher stores it: folded, lower-case, without separators
	 * ({@code Louis Vuitton → louisvuitton}, {@code Hermès → hermes}, {@code 華為 → 华为}).
	 * Two terms with the same key are the same term.
	 */
	static String term(String term) {
		Skeleton skeleton = skeleton(term, Leet.NONE);
		return skeleton.key(0, skeleton.text().length());
	}

	static Skeleton skeleton(String text, Leet leet) {
		Builder out = new Builder(text.length(), leet);
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			out.codePoint(codePoint, i, next);
			i = next;
		}
		return out.build();
	}

	/** Whether a character belongs to a word written with spaces between words. */
	static boolean isWordCharacter(char c) {
		if (c < 0x80) {
			char lower = (char) (c | 0x20);
			return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
		}
		if (Character.isSurrogate(c) || !Character.isLetterOrDigit(c)) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
				&& script != Character.UnicodeScript.KATAKANA;
	}

	private static boolean isIgnorable(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
					Character.COMBINING_SPACING_MARK ->
				true;
			// apostrophes; Hangul fillers, which render as nothing
			default -> codePoint == '\'' || codePoint == 0x2019 || codePoint == 0x02BC || codePoint == 0x3164
					|| codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0;
		};
	}

	private static int[] folding() {
		if (CONFUSABLES.length() != LATIN.length()) {
			throw new IllegalStateException("Confusables and their Latin letters differ in length");
		}
		int[] folded = new int[0x0530];
		Arrays.fill(folded, -1);
		for (int i = 0; i < CONFUSABLES.length(); i++) {
			folded[CONFUSABLES.charAt(i)] = LATIN.charAt(i);
		}
		return folded;
	}

	private static int fold(int codePoint) {
		if (codePoint < FOLDED.length && FOLDED[codePoint] >= 0) {
			return FOLDED[codePoint];
		}
		return codePoint;
	}

	private static final class Builder {

		private final Leet leet;

		private final StringBuilder text;

		private int[] starts;

		private int[] ends;

		private boolean leetCandidates;

		private boolean hasOne;

		Builder(int length, Leet leet) {
			this.leet = leet;
			this.text = new StringBuilder(length);
			this.starts = new int[Math.max(length, 4)];
			this.ends = new int[this.starts.length];
		}

		void codePoint(int codePoint, int from, int to) {
			if (codePoint < 0x80) {
				ascii((char) codePoint, from, to);
			}
			else if (codePoint >= Chinese.FIRST && codePoint <= Chinese.LAST) {
				append(Chinese.simplified((char) codePoint), from, to);
			}
			else if (!isIgnorable(codePoint)) {
				decomposed(codePoint, from, to);
			}
		}

		private void decomposed(int codePoint, int from, int to) {
			String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
			for (int i = 0; i < decomposed.length();) {
				int part = decomposed.codePointAt(i);
				i += Character.charCount(part);
				if (part < 0x80) {
					ascii((char) part, from, to);
				}
				else if (!isIgnorable(part)) {
					int folded = fold(part);
					if (folded < 0x80) {
						ascii((char) folded, from, to);
					}
					else if (Character.isLetterOrDigit(folded)) {
						if (folded >= Chinese.FIRST && folded <= Chinese.LAST) {
							folded = Chinese.simplified((char) folded);
						}
						for (char c : Character.toChars(folded)) {
							append(c, from, to);
						}
					}
					else {
						separator(from, to);
					}
				}
			}
		}

		private void ascii(char c, int from, int to) {
			char lower = (char) (c | 0x20);
			if (lower >= 'a' && lower <= 'z') {
				append(c, from, to);
				return;
			}
			if (c == '\'') {
				return;
			}
			int leetIndex = LEET.indexOf(c);
			if (leetIndex >= 0) {
				this.leetCandidates = true;
				this.hasOne |= c == '1';
				if (this.leet != Leet.NONE) {
					append((c == '1' && this.leet == Leet.ONE_AS_L) ? 'l' : LEET_LETTERS.charAt(leetIndex), from, to);
					return;
				}
			}
			if (c >= '0' && c <= '9') {
				append(c, from, to);
			}
			else {
				separator(from, to);
			}
		}

		private void separator(int from, int to) {
			int length = this.text.length();
			if (length > 0 && this.text.charAt(length - 1) != SEPARATOR) {
				append(SEPARATOR, from, to);
			}
		}

		private void append(char c, int from, int to) {
			int index = this.text.length();
			if (index == this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, index * 2);
				this.ends = Arrays.copyOf(this.ends, index * 2);
			}
			this.text.append(c);
			this.starts[index] = from;
			this.ends[index] = to;
		}

		Skeleton build() {
			int length = this.text.length();
			if (length > 0 && this.text.charAt(length - 1) == SEPARATOR) {
				length--;
				this.text.setLength(length);
			}
			return new Skeleton(this.text.toString(), this.starts, this.ends, this.leetCandidates, this.hasOne);
		}

	}

	/**
	 * Traditional to simplified Chinese, one character for one, for the CJK Unified
	 * Ideographs and Extension A: sensitive-word's {@code ignoreChineseStyle} format
	 * (OpenCC), computed once into a table.
	 */
	private static final class Chinese {

		static final int FIRST = 0x3400;

		static final int LAST = 0x9FFF;

		private static final char[] SIMPLIFIED = table();

		private static char[] table() {
			IWordFormat format = WordFormats.ignoreChineseStyle();
			IWordContext context = SensitiveWordContext.newInstance();
			char[] table = new char[LAST - FIRST + 1];
			for (int i = 0; i < table.length; i++) {
				char simplified = format.format((char) (FIRST + i), context);
				table[i] = Character.isSurrogate(simplified) ? (char) (FIRST + i) : simplified;
			}
			return table;
		}

		static char simplified(char c) {
			return SIMPLIFIED[c - FIRST];
		}

	}

}
