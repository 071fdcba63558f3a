package io.kaidian.screening;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

import io.kaidian.platform.cache.Refreshed;

/**
 * R-REG-5: whether a text (an email's local part, a store name, a brand, …) contains a
 * prohibited term or a protected brand, seeing through case, full-width forms, inserted
 * separators, zero-width characters and look-alike characters. English terms match as
 * whole words, Chinese terms as substrings. In texts written run together by nature
 * (email local parts, sub-domains: {@code kaidian.screening.segmentation.contexts}) Latin
 * words are split first, so {@code replicawatches} holds the word {@code replica}. A
 * pure, synchronous check: it refuses nothing itself; callers turn its hits into
 * {@code 422} violations ({@link ScreeningResult#violations(String)}).
 * <p>
 * The dictionaries live in the database, where operators edit them. A change made through
 * this instance takes effect at once; a change made by another instance is picked up at
 * the first check after {@code kaidian.screening.refresh-interval} (default 30 s), when
 * the check finds the dictionary version in the database has moved. Time is read from the
 * service's {@link Clock}.
 */
public class Screening {

	private static final Logger log = LoggerFactory.getLogger(Screening.class);

	private final DictionarySource source;

	private final ScreeningProperties.Segmentation segmentation;

	private final Refreshed<Snapshot> snapshot;

	Screening(DictionarySource source, Duration refreshInterval, ScreeningProperties.Segmentation segmentation,
			Clock clock) {
		this.source = source;
		this.segmentation = segmentation;
		this.snapshot = new Refreshed<>(refreshInterval, clock, this::refresh);
	}

	/**
	 * A screening over a fixed list of terms, without Spring or a database: for
	 * benchmarks, tools and tests. It matches exactly as the service's own screening
	 * does.
	 */
	public static Screening of(Collection<ScreeningTerm> terms) {
		return of(terms, ScreeningProperties.Segmentation.DEFAULTS);
	}

	/** As {@link #of(Collection)}, splitting run-together words as these settings say. */
	static Screening of(Collection<ScreeningTerm> terms, ScreeningProperties.Segmentation segmentation) {
		Screening screening = new Screening(new DictionarySource.Fixed(List.copyOf(terms)), Duration.ofDays(1),
				segmentation, Clock.systemUTC());
		screening.reload();
		return screening;
	}

	/**
	 * Screens one text against both lists.
	 * @param text the text as the seller entered it
	 * @param context where it comes from
	 * @return the hits, in text order; passed when there are none
	 */
	public ScreeningResult check(String text, ScreeningContext context) {
		return new ScreeningResult(this.snapshot.get().matcher().find(text, this.segmentation.splits(context)));
	}

	/** Re-reads the dictionaries now: after a change made through this instance. */
	void reload() {
		this.snapshot.reload();
	}

	private Snapshot refresh(@Nullable Snapshot current) {
		if (current == null) {
			return load(this.source.version());
		}
		try {
			// the version first: terms read after it are at least that new
			long version = this.source.version();
			return (version == current.version()) ? current : load(version);
		}
		catch (DataAccessException ex) {
			log.warn("Could not refresh the screening dictionaries; keeping version {}", current.version(), ex);
			return current;
		}
	}

	private Snapshot load(long version) {
		TermMatcher matcher = TermMatcher.of(this.source.terms(), this.segmentation);
		log.info("Screening dictionaries loaded: version {}, {} terms", version, matcher.size());
		return new Snapshot(version, matcher);
	}

	/**
	 * The dictionaries in use.
	 *
	 * @param version the dictionary version they were read at
	 * @param matcher the terms, ready to match
	 */
	private record Snapshot(long version, TermMatcher matcher) {
	}

}
