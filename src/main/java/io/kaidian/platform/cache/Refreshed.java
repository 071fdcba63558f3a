package io.kaidian.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * A value kept in memory and refreshed from its source at most every {@code interval} by
 * the service's clock (or at once when the clock went back), on first use after that. One
 * thread refreshes while the others keep using the value they have; only the very first
 * read waits.
 * <p>
 * The refresh function receives the value in use ({@code null} on the first read and on
 * {@link #reload()}) and returns the value to use from now on: a new one, or the same one
 * when the source has not moved or could not be read.
 *
 * @param <T> the value
 */
public final class Refreshed<T> {

	private final UnaryOperator<@Nullable T> refresh;

	private final Duration interval;

	private final Clock clock;

	private final ReentrantLock refreshing = new ReentrantLock();

	private volatile @Nullable Entry<T> entry;

	public Refreshed(Duration interval, Clock clock, UnaryOperator<@Nullable T> refresh) {
		this.refresh = refresh;
		this.interval = interval;
		this.clock = clock;
	}

	/** The value, refreshed first when it is due. */
	public T get() {
		Entry<T> current = this.entry;
		Instant now = this.clock.instant();
		if (current != null && !current.due(now, this.interval)) {
			return current.value();
		}
		if (current == null) {
			this.refreshing.lock();
		}
		else if (!this.refreshing.tryLock()) {
			// another thread is refreshing: this one uses the value it has
			return current.value();
		}
		try {
			current = this.entry;
			if (current == null || current.due(now, this.interval)) {
				current = new Entry<>(this.refresh.apply(current != null ? current.value() : null), now);
				this.entry = current;
			}
			return current.value();
		}
		finally {
			this.refreshing.unlock();
		}
	}

	/**
	 * Reads the value afresh now: at start-up, and after a change made through this
	 * instance.
	 */
	public void reload() {
		this.refreshing.lock();
		try {
			this.entry = new Entry<>(this.refresh.apply(null), this.clock.instant());
		}
		finally {
			this.refreshing.unlock();
		}
	}

	private record Entry<T>(T value, Instant checkedAt) {

		/** Due when the interval has passed, or when the clock went back. */
		boolean due(Instant now, Duration interval) {
			return now.isBefore(this.checkedAt) || !now.isBefore(this.checkedAt.plus(interval));
		}

	}

}
