package io.kaidian.screening;

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

	static final WordBoundaryCheck INSTANCE = new WordBoundaryCheck();

	private static final WordCheckResult NONE = result(0);

	private WordBoundaryCheck() {
	}

	@Override
	public WordCheckResult sensitiveCheck(int begin, InnerSensitiveWordContext context) {
		String text = context.originalText();
		char first = text.charAt(begin);
		if (first == TextNormaliser.SEPARATOR
				|| (TextNormaliser.isWordCharacter(first) && begin > 0 && !boundaryBefore(text, begin))) {
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

	private static WordCheckResult result(int length) {
		return WordCheckResult.newInstance()
			.wordLengthResult(WordLengthResult.newInstance().wordAllowLen(0).wordDenyLen(length))
			.type(WordTypeEnum.WORD.getCode())
			.checkClass(WordBoundaryCheck.class);
	}

}
