package io.kaidian.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's grade of one month (R-GRADE-5), as a run wrote it.
 *
 * @param sellerId the merchant's seller account
 * @param month the month
 * @param creditPoints credit points (R-GRADE-1)
 * @param level 0..10 (R-GRADE-2)
 * @param previousLevel the level of the month before
 * @param assessedOrders orders completed in the service window (R-GRADE-3)
 * @param badOrders of them, orders with a defect, each counted once
 * @param badOrderRate bad over assessed, six decimals
 * @param serviceLevel the service level (R-GRADE-3, -6)
 * @param inGrace whether the merchant is within the grace period: its store opened, or
 * without an opening through Kaidian its first order was, less than the grace period
 * before the month's end (R-GRADE-6)
 * @param firstOrderAt the merchant's first completed order
 * @param storeOpenedAt when its store opened, if it opened through Kaidian before the
 * month's end
 * @param exposureWeight the exposure weight (R-GRADE-4)
 * @param ruleVersion the rules applied
 */
public record Grade(UUID sellerId, YearMonth month, long creditPoints, int level, int previousLevel,
		long assessedOrders, long badOrders, BigDecimal badOrderRate, ServiceLevel serviceLevel, boolean inGrace,
		Instant firstOrderAt, @Nullable Instant storeOpenedAt, BigDecimal exposureWeight, int ruleVersion) {

	/** Where the grace period started: the store's opening, or else the first order. */
	public Instant graceFrom() {
		return (this.storeOpenedAt != null) ? this.storeOpenedAt : this.firstOrderAt;
	}

	/** The points at which the next level begins; {@code null} at the top level. */
	public @Nullable Integer nextLevelAt(RuleVersion rules) {
		return this.level >= 10 ? null : rules.threshold(this.level + 1);
	}

}
