package io.kaidian.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long completed event publications are kept ({@code kaidian.events.housekeeping.*}).
 *
 * @param every how often completed publications past their time are removed
 * @param completedKeptFor how long after its listener completed a publication is kept,
 * for an operator looking into what happened
 * @param batchSize publications removed per statement, so one purge never holds a long
 * lock
 */
@ConfigurationProperties("kaidian.events.housekeeping")
record EventHousekeepingProperties(Duration every, Duration completedKeptFor, int batchSize) {
}
