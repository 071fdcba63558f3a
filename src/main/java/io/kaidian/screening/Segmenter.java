package io.kaidian.screening;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Splits run-together Latin words into the words they are most likely made of, so that
 * terms match on those words (R-REG-5): {@code replicawatches → replica watches},
 * {@code nikeofficialstore → nike official store}, while {@code essexflowers → essex
 * flowers} and {@code therapist} stay as they are (docs/adr/0018).
 * <p>
 * The most likely split is the cheapest (Viterbi, as in the "wordninja" splitter): a word
 * of the {@link EnglishWords} list costs what its rank says; a dictionary term outside
 * the list costs as much as a word of rank {@code termRank}; any other run of letters (a
 * name, an abbreviation) costs {@code unknownWordCost + unknownLetterCost · length}. Zipf
 * costs grow slowly with rank, so one long known word is almost always cheaper than two
 * short ones: {@code therapist} (12.1) beats {@code the rapist} (15.0), {@code essex}
 * (11.3) beats {@code es sex} (20.0).
 * <p>
 * A split becomes a {@link TextNormaliser#SEPARATOR} in the skeleton, which is a word
 * boundary to the {@link WordBoundaryCheck} and which a match crosses like any other
 * separator. One instance per dictionary snapshot; immutable and thread-safe.
 */
final class Segmenter {

	private final Lexicon words;

	private final Lexicon terms;

	private final float unknownWordCost;

	private final float unknownLetterCost;

	private final int longestUnknown;

	private final WordBoundaryCheck check;

	private Segmenter(Lexicon words, Lexicon terms, ScreeningProperties.Segmentation settings,
			WordBoundaryCheck check) {
		this.words = words;
		this.terms = terms;
		this.check = check;
		this.unknownWordCost = settings.unknownWordCost();
		this.unknownLetterCost = settings.unknownLetterCost();
		this.longestUnknown = Math.max(words.longest(), terms.longest());
	}

	/**
	 * A segmenter knowing the English words and these dictionary terms.
	 * @param termKeys the terms' keys ({@link TextNormaliser#term}); those not of the
	 * letters {@code a–z} alone (Chinese, digits) are ignored
	 */
	static Segmenter of(Collection<String> termKeys, ScreeningProperties.Segmentation settings) {
		return of(termKeys, settings, WordBoundaryCheck.of(termKeys));
	}

	/**
	 * As {@link #of(Collection, ScreeningProperties.Segmentation)}, with the matcher's
	 * word check: a word inside which no term can begin is not split (nothing to find).
	 */
	static Segmenter of(Collection<String> termKeys, ScreeningProperties.Segmentation settings,
			WordBoundaryCheck check) {
		Lexicon english = EnglishWords.lexicon();
		float termCost = EnglishWords.cost(settings.termRank());
		Map<String, Float> costs = new HashMap<>();
		for (String key : termKeys) {
			if (Lexicon.isLowerLatin(key) && english.cost(key) == Float.POSITIVE_INFINITY) {
				costs.put(key, termCost);
			}
		}
		return new Segmenter(english, Lexicon.of(costs), settings, check);
	}

	/**
	 * The skeleton with a separator at every split of its Latin words; the same skeleton
	 * when nothing splits. A word here is a run of letters {@code a–z A–Z} between the
	 * boundaries the {@link WordBoundaryCheck} already sees (separators, digits, case
	 * changes: {@code NikeStore} is two words, each split on its own), read case-blind.
	 * Digits and signs read as letters by a look-alike pass are split with the word only
	 * when letters stand on both sides ({@code n1keofficial}); at a word's ends they stay
	 * attached, unsplit, so a year after a name ({@code sexton1998}, read
	 * {@code sextoni998}) does not change how the name splits.
	 * @param original the text the skeleton was folded from
	 * @param lookAlikePass whether the skeleton is a look-alike pass's: then only words
	 * with such a letter inside are split, the others split as in the plain pass, which
	 * has found their terms already
	 */
	TextNormaliser.Skeleton split(TextNormaliser.Skeleton skeleton, String original, boolean lookAlikePass) {
		String text = skeleton.text();
		int[] cuts = new int[text.length()];
		int count = 0;
		for (int i = 0; i < text.length();) {
			if (!isLatinLetter(text.charAt(i))) {
				i++;
				continue;
			}
			int end = i + 1;
			while (end < text.length() && isLatinLetter(text.charAt(end))
					&& !WordBoundaryCheck.boundaryBefore(text, end)) {
				end++;
			}
			int from = i;
			int to = end;
			while (from < to && !isLetter(original, skeleton.starts()[from])) {
				from++;
			}
			while (to > from && !isLetter(original, skeleton.starts()[to - 1])) {
				to--;
			}
			if ((!lookAlikePass || hasLookAlike(skeleton, original, from, to))
					&& this.check.mayBeginInside(text, from, to)) {
				count = cuts(text, from, to, cuts, count);
			}
			i = end;
		}
		return (count == 0) ? skeleton : withSeparators(skeleton, cuts, count);
	}

	/**
	 * Adds where the cheapest split of {@code text[from, to)} cuts it to {@code cuts}, in
	 * ascending order.
	 * @return the new number of cuts
	 */
	private int cuts(String text, int from, int to, int[] cuts, int count) {
		int length = to - from;
		if (length < 2) {
			return count;
		}
		float[] best = new float[length + 1];
		int[] previous = new int[length + 1];
		Arrays.fill(best, Float.POSITIVE_INFINITY);
		best[0] = 0;
		for (int start = 0; start < length; start++) {
			float before = best[start];
			relax(this.words, text, from, start, length, before, best, previous);
			relax(this.terms, text, from, start, length, before, best, previous);
			int longest = Math.min(length, start + this.longestUnknown);
			for (int end = start + 1; end <= longest; end++) {
				float cost = before + this.unknownWordCost + this.unknownLetterCost * (end - start);
				if (cost < best[end]) {
					best[end] = cost;
					previous[end] = start;
				}
			}
		}
		int first = count;
		for (int end = previous[length]; end > 0; end = previous[end]) {
			cuts[count++] = from + end;
		}
		reverse(cuts, first, count);
		return count;
	}

	/** Offers every word of the lexicon starting at {@code start} as the last word. */
	private static void relax(Lexicon lexicon, String text, int from, int start, int length, float before, float[] best,
			int[] previous) {
		int node = Lexicon.ROOT;
		for (int end = start; end < length; end++) {
			node = lexicon.next(node, (char) (text.charAt(from + end) | 0x20));
			if (node == Lexicon.NONE) {
				return;
			}
			float cost = before + lexicon.cost(node);
			if (cost < best[end + 1]) {
				best[end + 1] = cost;
				previous[end + 1] = start;
			}
		}
	}

	private static TextNormaliser.Skeleton withSeparators(TextNormaliser.Skeleton skeleton, int[] cuts, int count) {
		String text = skeleton.text();
		int length = text.length() + count;
		StringBuilder split = new StringBuilder(length);
		int[] starts = new int[length];
		int[] ends = new int[length];
		int cut = 0;
		for (int i = 0; i < text.length(); i++) {
			if (cut < count && cuts[cut] == i) {
				// a separator takes no room in the original: it sits where the next
				// letter
				// starts
				starts[split.length()] = skeleton.starts()[i];
				ends[split.length()] = skeleton.starts()[i];
				split.append(TextNormaliser.SEPARATOR);
				cut++;
			}
			starts[split.length()] = skeleton.starts()[i];
			ends[split.length()] = skeleton.ends()[i];
			split.append(text.charAt(i));
		}
		return new TextNormaliser.Skeleton(split.toString(), starts, ends, skeleton.leetCandidates(),
				skeleton.hasOne());
	}

	private static boolean hasLookAlike(TextNormaliser.Skeleton skeleton, String original, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isLetter(original, skeleton.starts()[i])) {
				return true;
			}
		}
		return false;
	}

	/** Whether the original has a letter at this index (not a digit read as one). */
	private static boolean isLetter(String original, int index) {
		return Character.isLetter(original.codePointAt(index));
	}

	private static boolean isLatinLetter(char c) {
		char lower = (char) (c | 0x20);
		return lower >= 'a' && lower <= 'z';
	}

	private static void reverse(int[] values, int from, int to) {
		for (int i = from, j = to - 1; i < j; i++, j--) {
			int value = values[i];
			values[i] = values[j];
			values[j] = value;
		}
	}

}
