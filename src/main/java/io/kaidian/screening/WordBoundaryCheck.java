package io.kaidian.screening;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Map;

import com.github.houbb.sensitive.word.api.IWordCheck;
import com.github.houbb.sensitive.word.api.IWordData;
import com.github.houbb.sensitive.word.api.context.InnerSensitiveWordContext;
import com.github.houbb.sensitive.word.constant.enums.WordContainsTypeEnum;
import com.github.houbb.sensitive.word.constant.enums.WordTypeEnum;
import com.github.houbb.sensitive.word.support.check.WordCheckResult;
import com.github.houbb.sensitive.word.support.result.WordLengthResult;

/**
 * The word check sensitive-word runs at every position of a skeleton (see
 * {@link TextNormaliser}): the longest dictionary term starting there that respects word
 * boundaries, crossing separators inside it ({@code n.i.k.e}).
 * <p>
 * A term's end that is a letter or digit of a spaced script (Latin, Greek, Cyrillic, …)
 * must sit on a word boundary, so {@code sex} is not found in {@code Essex} nor
 * {@code cunt} in {@code Scunthorpe}; a Chinese character needs none, so Chinese terms
 * match as substrings ({@code 高仿} in {@code 高仿手表}). Between two neighbouring characters
 * there is a boundary when
 * <ul>
 * <li>either is a separator or not a spaced-script letter or digit
 * ({@code nike旗舰店});</li>
 * <li>one is a letter, the other a digit ({@code nike2024});</li>
 * <li>a lower-case letter is followed by an upper-case one ({@code NikeStore});</li>
 * <li>two upper-case letters are followed by a lower-case one ({@code NIKEStore}, between
 * {@code E} and {@code S});</li>
 * <li>after a match written all in capitals, a lower-case letter follows
 * ({@code NIKEstore}).</li>
 * </ul>
 * sensitive-word's own {@code WordCheckWord} reports only the shortest term at a
 * position, and its English-word result condition then rejects it without trying longer
 * terms there; this check replaces both.
 */
final class WordBoundaryCheck implements IWordCheck {

	private static final WordCheckResult NONE = result(0);

	private static final int LETTERS = 26;

	/**
	 * Which two Latin letters (lower case, {@code a·26 + b}) begin a term; a term whose
	 * first letter is Latin but its second is not marks every pair of that first letter.
	 */
	private final boolean[] latinStarts;

	/** The other characters a term begins with (Chinese, digits, …), lower case. */
	private final BitSet otherStarts;

	/** Whether a term is one character long ({@link Screening#of} allows it). */
	private final boolean oneCharacterTerms;

	private WordBoundaryCheck(boolean[] latinStarts, BitSet otherStarts, boolean oneCharacterTerms) {
		this.latinStarts = latinStarts;
		this.otherStarts = otherStarts;
		this.oneCharacterTerms = oneCharacterTerms;
	}

	/**
	 * The check for these dictionary keys ({@link TextNormaliser#term}): it knows how
	 * terms begin, so at a Latin word start no term can begin with it gives up before
	 * walking sensitive-word's trie (most word starts: split local parts have several).
	 */
	static WordBoundaryCheck of(Collection<String> keys) {
		boolean[] latinStarts = new boolean[LETTERS * LETTERS];
		BitSet otherStarts = new BitSet();
		boolean oneCharacterTerms = false;
		for (String key : keys) {
			char first = key.charAt(0);
			oneCharacterTerms |= key.length() == 1;
			if (!isLatinLower(first)) {
				otherStarts.set(first);
			}
			else {
				char second = (key.length() > 1) ? key.charAt(1) : ' ';
				if (isLatinLower(second)) {
					latinStarts[(first - 'a') * LETTERS + (second - 'a')] = true;
				}
				else {
					Arrays.fill(latinStarts, (first - 'a') * LETTERS, (first - 'a' + 1) * LETTERS, true);
				}
			}
		}
		return new WordBoundaryCheck(latinStarts, otherStarts, oneCharacterTerms);
	}

	@Override
	public WordCheckResult sensitiveCheck(int begin, InnerSensitiveWordContext context) {
		String text = context.originalText();
		char first = text.charAt(begin);
		if (first == TextNormaliser.SEPARATOR
				|| (TextNormaliser.isWordCharacter(first) && begin > 0 && !boundaryBefore(text, begin))) {
			return NONE;
		}
		if (!mayBeginATerm(text, begin)) {
			return NONE;
		}
		Map<Character, Character> format = context.formatCharMapping();
		IWordData words = context.wordContext().wordData();
		StringBuilder prefix = new StringBuilder();
		int longest = 0;
		for (int i = begin; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == TextNormaliser.SEPARATOR) {
				continue;
			}
			prefix.append(format.get(c).charValue());
			WordContainsTypeEnum found = words.contains(prefix, context);
			if (found == WordContainsTypeEnum.NOT_FOUND) {
				break;
			}
			if (found == WordContainsTypeEnum.CONTAINS_END
					&& (!TextNormaliser.isWordCharacter(c) || boundaryAfter(text, begin, i + 1))) {
				longest = i + 1 - begin;
			}
		}
		return (longest > 0) ? result(longest) : NONE;
	}

	/**
	 * False when the text has two Latin letters from {@code begin} on (across separators)
	 * that no term begins with.
	 */
	private boolean mayBeginATerm(String text, int begin) {
		char c = text.charAt(begin);
		char first = (c < 0x80) ? (char) (c | 0x20) : Character.toLowerCase(c);
		if (!isLatinLower(first)) {
			return this.otherStarts.get((c < 0x80) ? c : first);
		}
		int next = begin + 1;
		while (next < text.length() && text.charAt(next) == TextNormaliser.SEPARATOR) {
			next++;
		}
		if (next == text.length()) {
			return this.oneCharacterTerms;
		}
		char second = (char) (text.charAt(next) | 0x20);
		return !isLatinLower(second) || this.latinStarts[(first - 'a') * LETTERS + (second - 'a')];
	}

	/**
	 * Whether a term may begin anywhere in the skeleton: false when at every position
	 * where {@link #sensitiveCheck} would walk the trie no term begins with what stands
	 * there, so the text needs no matching at all.
	 */
	boolean mayFindAny(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == TextNormaliser.SEPARATOR
					|| (TextNormaliser.isWordCharacter(c) && i > 0 && !boundaryBefore(text, i))) {
				continue;
			}
			if (mayBeginATerm(text, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a term may begin among the Latin letters {@code text[from, to)}: if not,
	 * splitting them can add no hit.
	 */
	boolean mayBeginInside(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char first = (char) (text.charAt(i) | 0x20);
			if (i + 1 < to) {
				if (this.latinStarts[(first - 'a') * LETTERS + ((text.charAt(i + 1) | 0x20) - 'a')]) {
					return true;
				}
			}
			else if (mayBeginATerm(text, i)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word starts at {@code begin} (> 0), a spaced-script letter or digit. */
	static boolean boundaryBefore(String text, int begin) {
		char before = text.charAt(begin - 1);
		char first = text.charAt(begin);
		if (separates(before, first)) {
			return true;
		}
		return Character.isUpperCase(before) && Character.isUpperCase(first) && begin + 1 < text.length()
				&& Character.isLowerCase(text.charAt(begin + 1));
	}

	/**
	 * Whether a word ends before {@code end}, after the spaced-script match from
	 * {@code begin}.
	 */
	static boolean boundaryAfter(String text, int begin, int end) {
		if (end == text.length()) {
			return true;
		}
		char last = text.charAt(end - 1);
		char after = text.charAt(end);
		if (separates(last, after)) {
			return true;
		}
		if (Character.isUpperCase(last) && Character.isUpperCase(after)) {
			return end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1));
		}
		return Character.isUpperCase(last) && Character.isLowerCase(after) && allCapitals(text, begin, end);
	}

	private static boolean separates(char left, char right) {
		return !TextNormaliser.isWordCharacter(left) || !TextNormaliser.isWordCharacter(right)
				|| Character.isDigit(left) != Character.isDigit(right)
				|| (Character.isLowerCase(left) && Character.isUpperCase(right));
	}

	private static boolean allCapitals(String text, int begin, int end) {
		int capitals = 0;
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			if (Character.isUpperCase(c)) {
				capitals++;
			}
		}
		return capitals >= 2;
	}

	private static boolean isLatinLower(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static WordCheckResult result(int length) {
		return WordCheckResult.newInstance()
			.wordLengthResult(WordLengthResult.newInstance().wordAllowLen(0).wordDenyLen(length))
			.type(WordTypeEnum.WORD.getCode())
			.checkClass(WordBoundaryCheck.class);
	}

}
