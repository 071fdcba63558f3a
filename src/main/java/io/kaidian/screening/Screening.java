package io.kaidian.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

/**
 * R-REG-5: whether a text (an email's local part, a store name, a brand, …) contains a
 * prohibited term or a protected brand, seeing through case, full-width forms, inserted
 * separators, zero-width characters and look-alike characters. English terms match as
 * whole words, Chinese terms as substrings. A pure, synchronous check: it refuses nothing
 * itself; callers turn its hits into {@code 422} violations
 * ({@link ScreeningResult#violations(String)}).
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

	private final Duration refreshInterval;

	private final Clock clock;

	private final ReentrantLock refreshing = new ReentrantLock();

	private volatile @Nullable Snapshot snapshot;

	Screening(DictionarySource source, Duration refreshInterval, Clock clock) {
		this.source = source;
		this.refreshInterval = refreshInterval;
		this.clock = clock;
	}

	/**
	 * A screening over a fixed list of terms, without Spring or a database: for
	 * benchmarks, tools and tests. It matches exactly as the service's own screening
	 * does.
	 */
	public static Screening of(Collection<ScreeningTerm> terms) {
		Screening screening = new Screening(new DictionarySource.Fixed(List.copyOf(terms)), Duration.ofDays(1),
				Clock.systemUTC());
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
		return new ScreeningResult(current().matcher().find(text));
	}

	/** Re-reads the dictionaries now: after a change made through this instance. */
	void reload() {
		this.refreshing.lock();
		try {
			this.snapshot = load(this.source.version(), this.clock.instant());
		}
		finally {
			this.refreshing.unlock();
		}
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current != null && !current.due(now, this.refreshInterval)) {
			return current;
		}
		if (current == null) {
			this.refreshing.lock();
		}
		else if (!this.refreshing.tryLock()) {
			// another thread is refreshing: this check uses the dictionaries it has
			return current;
		}
		try {
			current = this.snapshot;
			if (current == null || current.due(now, this.refreshInterval)) {
				current = refresh(current, now);
				this.snapshot = current;
			}
			return current;
		}
		finally {
			this.refreshing.unlock();
		}
	}

	private Snapshot refresh(@Nullable Snapshot current, Instant now) {
		if (current == null) {
			return load(this.source.version(), now);
		}
		try {
			// the version first: terms read after it are at least that new
			long version = this.source.version();
			return (version == current.version()) ? current.checkedAt(now) : load(version, now);
		}
		catch (DataAccessException ex) {
			log.warn("Could not refresh the screening dictionaries; keeping version {}", current.version(), ex);
			return current.checkedAt(now);
		}
	}

	private Snapshot load(long version, Instant now) {
		TermMatcher matcher = TermMatcher.of(this.source.terms());
		log.info("Screening dictionaries loaded: version {}, {} terms", version, matcher.size());
		return new Snapshot(version, matcher, now);
	}

	/**
	 * The dictionaries in use.
	 *
	 * @param version the dictionary version they were read at
	 * @param matcher the terms, ready to match
	 * @param checkedAt when the version was last compared with the database
	 */
	private record Snapshot(long version, TermMatcher matcher, Instant checkedAt) {

		/** Due when the interval has passed, or when the clock went back. */
		boolean due(Instant now, Duration interval) {
			return now.isBefore(this.checkedAt) || !now.isBefore(this.checkedAt.plus(interval));
		}

		Snapshot checkedAt(Instant now) {
			return new Snapshot(this.version, this.matcher, now);
		}

	}

}
