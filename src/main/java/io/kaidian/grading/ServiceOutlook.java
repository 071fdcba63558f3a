package io.kaidian.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * What would change a merchant's service level (R-GRADE-3, -6), from its grade and the
 * rules: how many more assessed orders until it is rated, how many defect-free orders
 * would lift it a level, how many more bad orders would drop it one.
 *
 * @param ordersUntilRated assessed orders still missing before a level is given, 0 when
 * rated
 * @param better the level above, {@code null} at the top or when not rated
 * @param goodOrdersToBetter defect-free orders that would reach it (the rest unchanged)
 * @param worse the level below, {@code null} at the bottom, not rated or in grace
 * @param badOrdersToWorse bad orders that would drop it there
 * @param betterBelow the bad-order rate under which the level above begins
 * @param currentBelow the rate under which the current level holds, {@code null} when
 * failing
 */
public record ServiceOutlook(long ordersUntilRated, @Nullable ServiceLevel better, long goodOrdersToBetter,
		@Nullable ServiceLevel worse, long badOrdersToWorse, @Nullable BigDecimal betterBelow,
		@Nullable BigDecimal currentBelow) {

	public static ServiceOutlook of(Grade grade, RuleVersion rules) {
		long assessed = grade.assessedOrders();
		long bad = grade.badOrders();
		if (grade.serviceLevel() == ServiceLevel.NOT_RATED) {
			return new ServiceOutlook(rules.minAssessedOrders() - assessed, null, 0, null, 0, null, null);
		}
		ServiceLevel level = grade.serviceLevel();
		BigDecimal current = below(level, rules);
		ServiceLevel better = switch (level) {
			case FAILING -> ServiceLevel.PASSING;
			case PASSING -> ServiceLevel.GOOD;
			case GOOD -> ServiceLevel.EXCELLENT;
			default -> null;
		};
		ServiceLevel worse = switch (level) {
			case EXCELLENT -> ServiceLevel.GOOD;
			case GOOD -> ServiceLevel.PASSING;
			case PASSING -> grade.inGrace() ? null : ServiceLevel.FAILING;
			default -> null;
		};
		BigDecimal betterBelow = better != null ? below(better, rules) : null;
		long toBetter = betterBelow != null ? goodOrdersUnder(bad, assessed, betterBelow) : 0;
		long toWorse = worse != null && current != null ? badOrdersReaching(bad, assessed, current) : 0;
		return new ServiceOutlook(0, better, toBetter, worse, toWorse, betterBelow, current);
	}

	private static @Nullable BigDecimal below(ServiceLevel level, RuleVersion rules) {
		return switch (level) {
			case EXCELLENT -> rules.excellentBelow();
			case GOOD -> rules.goodBelow();
			case PASSING -> rules.passingBelow();
			default -> null;
		};
	}

	/**
	 * The fewest k with bad / (assessed + k) below the rate: k > bad / rate - assessed.
	 */
	static long goodOrdersUnder(long bad, long assessed, BigDecimal rate) {
		BigDecimal needed = BigDecimal.valueOf(bad).divide(rate, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
		return Math.max(0, needed.longValue() - assessed);
	}

	/** The fewest k with (bad + k) / (assessed + k) at or above the rate. */
	static long badOrdersReaching(long bad, long assessed, BigDecimal rate) {
		// bad + k >= rate * (assessed + k) <=> k >= (rate * assessed - bad) / (1 - rate)
		BigDecimal numerator = rate.multiply(BigDecimal.valueOf(assessed)).subtract(BigDecimal.valueOf(bad));
		BigDecimal k = numerator.divide(BigDecimal.ONE.subtract(rate), 0, RoundingMode.CEILING);
		return Math.max(1, k.longValue());
	}

}
