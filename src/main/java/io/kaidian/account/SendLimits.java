package io.kaidian.account;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.stereotype.Component;

/**
 * How often a code may be sent to one target (R-REG-8): once per resend interval (60 s)
 * and at most {@code max-sends-per-day} (10) per day. The buckets live in PostgreSQL
 * ({@code rate_limit_bucket}), so every instance of the service shares them, and read the
 * service's clock, so tests move time instead of waiting.
 */
@Component
class SendLimits {

	private final ProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	SendLimits(DataSource dataSource, Clock clock, AccountProperties properties) {
		AccountProperties.Verification verification = properties.verification();
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofHours(1)))
			.build();
		this.configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(1).refillIntervally(1, verification.resendAfter()).id("resend"))
			.addLimit((limit) -> limit.capacity(verification.maxSendsPerDay())
				.refillIntervally(verification.maxSendsPerDay(), Duration.ofDays(1))
				.id("daily"))
			.build();
	}

	/**
	 * Takes one send from the target's allowance.
	 * @return {@link Duration#ZERO} when the send may go ahead, otherwise how long to
	 * wait
	 */
	Duration tryTake(String key) {
		ConsumptionProbe probe = this.buckets.builder()
			.build(key, () -> this.configuration)
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return Duration.ZERO;
		}
		long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
		return Duration.ofSeconds(Math.max(1, seconds));
	}

	/** Gives back a send that could not be delivered, so a failed send does not count. */
	void giveBack(String key) {
		this.buckets.builder().build(key, () -> this.configuration).addTokens(1);
	}

	/** Bucket4j's time, read from the service's one clock. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			java.time.Instant now = this.clock.instant();
			return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
