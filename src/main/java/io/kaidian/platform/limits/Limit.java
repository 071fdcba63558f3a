package io.kaidian.platform.limits;

import java.time.Duration;

/**
 * A limit of {@code capacity} events per {@code period} for each key (a client address,
 * an account). The allowance refills evenly over the period.
 *
 * @param name names the limit in the stored bucket's id, so two limits never share a
 * bucket
 * @param capacity events allowed per period
 * @param period the period
 */
public record Limit(String name, long capacity, Duration period) {

	public Limit {
		if (capacity < 1 || period.isZero() || period.isNegative()) {
			throw new IllegalArgumentException("A limit needs a capacity >= 1 and a positive period: " + name);
		}
	}

}
