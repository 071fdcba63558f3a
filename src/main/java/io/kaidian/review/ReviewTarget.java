package io.kaidian.review;

import java.time.Duration;

/**
 * How long a review queue may take to decide a case, on the working-day calendar: working
 * time (identity, R-ID-5) or whole working days (application R-APP-6, brand R-APP-5). See
 * docs/adr/0008-working-day-sla.md.
 */
public sealed interface ReviewTarget {

	/** The working time the target allows. */
	Duration workingTime();

	static ReviewTarget workingHours(long hours) {
		return new WorkingTime(Duration.ofHours(hours));
	}

	static ReviewTarget workingDays(int days) {
		return new WorkingDays(days);
	}

	/**
	 * A target in working time, e.g. 48 hours.
	 *
	 * @param duration the working time, positive
	 */
	record WorkingTime(Duration duration) implements ReviewTarget {

		public WorkingTime {
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("A review target must be positive: " + duration);
			}
		}

		@Override
		public Duration workingTime() {
			return this.duration;
		}

	}

	/**
	 * A target in whole working days, e.g. 10.
	 *
	 * @param days the number of working days, positive
	 */
	record WorkingDays(int days) implements ReviewTarget {

		public WorkingDays {
			if (days <= 0) {
				throw new IllegalArgumentException("A review target must be positive: " + days + " working days");
			}
		}

		@Override
		public Duration workingTime() {
			return Duration.ofDays(this.days);
		}

	}

}
