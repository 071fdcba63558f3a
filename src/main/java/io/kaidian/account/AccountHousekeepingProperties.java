package io.kaidian.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the account module keeps rows that only served a moment
 * ({@code kaidian.account.housekeeping.*}).
 *
 * @param every how often the stale rows are removed
 * @param codesKeptFor how long after it expired a verification code is kept (for the
 * support desk's questions and the per-day send limit), then removed
 * @param batchSize rows removed per statement, so one purge never holds a long lock
 */
@ConfigurationProperties("kaidian.account.housekeeping")
record AccountHousekeepingProperties(Duration every, Duration codesKeptFor, int batchSize) {
}
