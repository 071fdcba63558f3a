package io.kaidian.grading;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the grading module ({@code kaidian.grading.*}). The rules themselves
 * (thresholds, windows, weights) are versioned in the database, not here.
 *
 * @param zone the time zone that cuts months and days
 * @param automatic whether the monthly run starts by itself once a month is over
 * @param checkEvery how often the scheduler looks for a month due for its run
 * @param runDelay how long after a month ends its run starts (late facts arrive)
 * @param lease how long a run's executor holds it without progress before another
 * instance may resume it
 * @param chunkSize facts read, resolved and copied per step of an ingestion
 * @param maxRejectionsListed refused facts named in an ingestion's answer (all are
 * counted)
 * @param futureTolerance how far past the service's clock a completion time may lie
 * (clock skew) before it is impossible
 * @param historyMonths months of history on the merchant's page and API
 * @param mailPageSize merchants read per page by the mailing of level changes
 * @param runWorkMem PostgreSQL {@code work_mem} of a bucket's grading statement, so that
 * its aggregation stays in memory (e.g. {@code 256MB})
 */
@ConfigurationProperties("kaidian.grading")
public record GradingProperties(ZoneId zone, boolean automatic, Duration checkEvery, Duration runDelay, Duration lease,
		int chunkSize, int maxRejectionsListed, Duration futureTolerance, int historyMonths, int mailPageSize,
		String runWorkMem) {
}
