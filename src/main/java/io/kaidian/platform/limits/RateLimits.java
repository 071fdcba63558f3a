package io.kaidian.platform.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL ({@code client_limit_bucket}, bucket4j's select-for-update
 * proxy manager): every instance of the service takes from the same allowance. A bucket
 * is kept until it has refilled, then {@link #removeExpired()} deletes it. Time is the
 * service's one clock, so tests move it instead of waiting.
 */
@Component
public class RateLimits {

	private static final int PURGE_BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	RateLimits(DataSource dataSource, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("client_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/**
	 * Takes one event from the key's allowance.
	 * @return empty when it may go ahead, otherwise how long until one is allowed again
	 */
	public Optional<Duration> tryTake(Limit limit, String key) {
		ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(roundUp(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Whether the key's allowance is used up, without taking from it.
	 * @return empty when an event would be allowed, otherwise how long until one is
	 */
	public Optional<Duration> exhausted(Limit limit, String key) {
		EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty() : Optional.of(roundUp(probe.getNanosToWaitForRefill()));
	}

	/** Gives back an event taken for something that then did not happen. */
	public void giveBack(Limit limit, String key) {
		bucket(limit, key).addTokens(1);
	}

	/** Deletes buckets that have refilled: a new one is as good. */
	public int removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = this.buckets.removeExpired(PURGE_BATCH);
			removed += batch;
		}
		while (batch >= PURGE_BATCH);
		return removed;
	}

	private BucketProxy bucket(Limit limit, String key) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(
					(bandwidth) -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
			.build();
		// a bucket keeps the configuration it was made with: a changed limit applies to a
		// key
		// once its bucket has refilled and been removed
		return this.buckets.builder().build(limit.name() + ":" + key, () -> configuration);
	}

	/** Whole seconds, at least one: what {@code Retry-After} says. */
	private static Duration roundUp(long nanos) {
		return Duration.ofSeconds(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L)));
	}

	/** Bucket4j's time, read from the service's one clock. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
