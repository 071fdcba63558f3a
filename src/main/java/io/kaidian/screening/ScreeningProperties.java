package io.kaidian.screening;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the screening module ({@code kaidian.screening.*}).
 *
 * @param refreshInterval how often an instance asks the database whether another instance
 * changed the dictionaries (a change made through the instance itself applies at once)
 * @param maxTermLength the longest term an operator may add, in characters
 * @param minTermLength the shortest term after normalisation, in characters: shorter ones
 * would flag far too many texts
 * @param segmentation how run-together words are split (docs/adr/0018)
 */
@ConfigurationProperties("kaidian.screening")
record ScreeningProperties(Duration refreshInterval, int maxTermLength, int minTermLength, Segmentation segmentation) {

	/**
	 * How the {@link Segmenter} splits run-together Latin words ({@code replicawatches})
	 * before terms are matched (R-REG-5). Costs are in the units of
	 * {@link EnglishWords#cost(long)}: a known word costs 2.4 to 14.
	 *
	 * @param contexts the texts whose words are split: those written run together by
	 * nature (email local parts, sub-domains); in the others English terms stay whole
	 * words
	 * @param termRank the rank a dictionary term outside the word list is given, so the
	 * segmenter splits out a brand it would not know ({@code kaidian}, {@code moutai}); a
	 * term in the list keeps its own rank
	 * @param unknownWordCost the cost of a run of letters that is no known word (a name,
	 * an abbreviation), besides its letters
	 * @param unknownLetterCost the cost of each letter of such a run
	 */
	record Segmentation(Set<ScreeningContext> contexts, int termRank, float unknownWordCost, float unknownLetterCost) {

		/**
		 * The values of application.yml, for {@link Screening#of} (benchmarks, tools and
		 * tests without Spring).
		 */
		static final Segmentation DEFAULTS = new Segmentation(
				EnumSet.of(ScreeningContext.EMAIL_LOCAL_PART, ScreeningContext.STORE_DOMAIN), 5000, 6f, 3f);

		Segmentation {
			contexts = (contexts == null || contexts.isEmpty()) ? Set.of()
					: Collections.unmodifiableSet(EnumSet.copyOf(contexts));
		}

		/** Whether texts from this context are split. */
		boolean splits(ScreeningContext context) {
			return this.contexts.contains(context);
		}

	}

}
