package io.kaidian.screening;

import java.util.Arrays;
import java.util.Map;

/**
 * Words of the letters {@code a–z}, each with a cost, as a compact trie the
 * {@link Segmenter} walks letter by letter from any position of a text (R-REG-5). Nodes
 * are numbered breadth first, so the children of a node are consecutive and in letter
 * order: per node only its first child, a bit mask of its children's letters and its cost
 * are stored (12 bytes a node), and a step to a child is a bit count, without a search.
 * Immutable and thread-safe.
 */
final class Lexicon {

	/** The node of the empty prefix. */
	static final int ROOT = 0;

	/** What {@link #next} answers when no word continues with the letter. */
	static final int NONE = -1;

	private final int[] firstChild;

	private final int[] childLetters;

	private final float[] costs;

	private final int longest;

	private Lexicon(int[] firstChild, int[] childLetters, float[] costs, int longest) {
		this.firstChild = firstChild;
		this.childLetters = childLetters;
		this.costs = costs;
		this.longest = longest;
	}

	/**
	 * A lexicon of these words; words with other characters than {@code a–z} are left
	 * out.
	 * @param words each word with its cost (finite, not negative)
	 */
	static Lexicon of(Map<String, Float> words) {
		String[] sorted = words.keySet().stream().filter(Lexicon::isLowerLatin).sorted().toArray(String[]::new);
		int capacity = 1;
		int longest = 0;
		for (String word : sorted) {
			capacity += word.length();
			longest = Math.max(longest, word.length());
		}
		Builder builder = new Builder(capacity);
		builder.build(sorted, words);
		return builder.lexicon(longest);
	}

	/** Whether a text is one or more of the letters {@code a–z}. */
	static boolean isLowerLatin(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The node reached from {@code node} by one more letter, or {@link #NONE}.
	 * @param letter a lower-case letter {@code a–z}
	 */
	int next(int node, char letter) {
		int bit = 1 << (letter - 'a');
		int letters = this.childLetters[node];
		if ((letters & bit) == 0) {
			return NONE;
		}
		return this.firstChild[node] + Integer.bitCount(letters & (bit - 1));
	}

	/** The cost of the word ending at this node; infinite when none ends there. */
	float cost(int node) {
		return this.costs[node];
	}

	/** The cost of a word; infinite when the lexicon does not have it. */
	float cost(String word) {
		int node = ROOT;
		for (int i = 0; i < word.length() && node != NONE; i++) {
			char c = word.charAt(i);
			node = (c >= 'a' && c <= 'z') ? next(node, c) : NONE;
		}
		return (node == NONE) ? Float.POSITIVE_INFINITY : this.costs[node];
	}

	/** The length of the longest word. */
	int longest() {
		return this.longest;
	}

	/**
	 * Builds the trie breadth first from the sorted words: a node stands for the words
	 * {@code [from, to)} sharing its prefix of length {@code depth}.
	 */
	private static final class Builder {

		private final int[] firstChild;

		private final int[] childLetters;

		private final float[] costs;

		private final int[] from;

		private final int[] to;

		private final int[] depth;

		private int size;

		Builder(int capacity) {
			this.firstChild = new int[capacity];
			this.childLetters = new int[capacity];
			this.costs = new float[capacity];
			this.from = new int[capacity];
			this.to = new int[capacity];
			this.depth = new int[capacity];
		}

		void build(String[] sorted, Map<String, Float> words) {
			add(0, sorted.length, 0);
			for (int node = 0; node < this.size; node++) {
				int first = this.from[node];
				int last = this.to[node];
				int length = this.depth[node];
				if (first < last && sorted[first].length() == length) {
					this.costs[node] = words.get(sorted[first]);
					first++;
				}
				this.firstChild[node] = this.size;
				while (first < last) {
					char letter = sorted[first].charAt(length);
					int end = first + 1;
					while (end < last && sorted[end].charAt(length) == letter) {
						end++;
					}
					add(first, end, length + 1);
					this.childLetters[node] |= 1 << (letter - 'a');
					first = end;
				}
			}
		}

		private void add(int first, int last, int length) {
			this.costs[this.size] = Float.POSITIVE_INFINITY;
			this.from[this.size] = first;
			this.to[this.size] = last;
			this.depth[this.size] = length;
			this.size++;
		}

		Lexicon lexicon(int longest) {
			return new Lexicon(Arrays.copyOf(this.firstChild, this.size), Arrays.copyOf(this.childLetters, this.size),
					Arrays.copyOf(this.costs, this.size), longest);
		}

	}

}
