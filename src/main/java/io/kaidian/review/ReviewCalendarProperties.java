package io.kaidian.review;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the working-day calendar ({@code kaidian.review.calendar.*}).
 *
 * @param zone the marketplace's time zone: where a day starts and ends
 * @param refreshInterval how often an instance re-reads the calendar, so it sees a change
 * an operator made through another instance (a change made through this instance applies
 * at once)
 */
@ConfigurationProperties("kaidian.review.calendar")
record ReviewCalendarProperties(ZoneId zone, Duration refreshInterval) {
}
