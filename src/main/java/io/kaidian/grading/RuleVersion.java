package io.kaidian.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of the grading rules; a run records the version it applied, so replaying a
 * month with the same version reproduces it (PRODUCT.md §4).
 *
 * @param version 1, 2, … never edited once added
 * @param buyerOncePerMonth R-GRADE-1: one buyer counts at most once per seller per
 * calendar month
 * @param levelThresholds R-GRADE-2: the points at which L1..L10 begin, ascending
 * @param serviceWindowDays R-GRADE-3: the days of assessed orders evaluated
 * @param minAssessedOrders R-GRADE-6: fewer is "not yet rated"
 * @param graceDays R-GRADE-6: a newcomer's days that cannot be "failing"
 * @param excellentBelow bad-order rate under which service is excellent
 * @param goodBelow … good
 * @param passingBelow … passing; at or above it, failing
 * @param weights R-GRADE-4: exposure weight per service level
 * @param createdBy who added it
 * @param createdAt when
 */
public record RuleVersion(int version, boolean buyerOncePerMonth, List<Integer> levelThresholds, int serviceWindowDays,
		int minAssessedOrders, int graceDays, BigDecimal excellentBelow, BigDecimal goodBelow, BigDecimal passingBelow,
		Weights weights, String createdBy, Instant createdAt) {

	public RuleVersion {
		levelThresholds = List.copyOf(levelThresholds);
	}

	/** The points at which a level begins: 0 for L0. */
	public int threshold(int level) {
		return level == 0 ? 0 : this.levelThresholds.get(level - 1);
	}

	/**
	 * Exposure weights per service level.
	 *
	 * @param excellent excellent
	 * @param good good
	 * @param passing passing
	 * @param failing failing
	 * @param notRated not yet rated
	 */
	public record Weights(BigDecimal excellent, BigDecimal good, BigDecimal passing, BigDecimal failing,
			BigDecimal notRated) {

		public BigDecimal of(ServiceLevel level) {
			return switch (level) {
				case EXCELLENT -> this.excellent;
				case GOOD -> this.good;
				case PASSING -> this.passing;
				case FAILING -> this.failing;
				case NOT_RATED -> this.notRated;
			};
		}

	}

}
