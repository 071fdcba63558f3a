package io.kaidian.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The 100,000 most frequent words of English Wikipedia
 * ({@code screening/english-words.txt}, source and licence in docs/adr/0018) with the
 * cost the {@link Segmenter} gives each: Zipf's law says the word of rank {@code r} (0
 * for the most frequent) occurs with a probability of about {@code 1 / ((r + 1) · ln N)}
 * in a vocabulary of {@code N} words, and its cost is the negative logarithm of that,
 * {@code ln((r + 1) · ln N)}: from 2.4 for {@code the} to 14 for the rarest. Read once
 * per JVM, on first use.
 */
final class EnglishWords {

	static final String RESOURCE = "/screening/english-words.txt";

	private EnglishWords() {
	}

	/** The words as a lexicon. */
	static Lexicon lexicon() {
		return Holder.LEXICON;
	}

	/** How many words the list has. */
	static int size() {
		return Holder.SIZE;
	}

	/** The cost of a word of this rank (0 for the most frequent word) in this list. */
	static float cost(long rank) {
		return cost(rank, size());
	}

	static float cost(long rank, int size) {
		return (float) Math.log((rank + 1) * Math.log(size));
	}

	private static final class Holder {

		static final int SIZE;

		static final Lexicon LEXICON;

		static {
			Map<String, Integer> ranks = read();
			Map<String, Float> costs = new HashMap<>(ranks.size() * 2);
			ranks.forEach((word, rank) -> costs.put(word, cost(rank, ranks.size())));
			SIZE = ranks.size();
			LEXICON = Lexicon.of(costs);
		}

		private static Map<String, Integer> read() {
			try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + RESOURCE);
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				Map<String, Integer> ranks = new HashMap<>(150_000);
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.isEmpty() && !line.startsWith("#")) {
						ranks.putIfAbsent(line, ranks.size());
					}
				}
				return ranks;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
