package io.kaidian.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed event publications are retried ({@code kaidian.events.retry.*}).
 *
 * @param every how often incomplete publications are looked for
 * @param olderThan how long after its last hand-out a publication may be handed out
 * again, so one that is still being processed is left alone
 * @param maxAttempts how many times a publication is tried before it is left for an
 * operator to resubmit
 * @param errorMaxLength the longest error text kept of a failed attempt, in characters
 */
@ConfigurationProperties("kaidian.events.retry")
record EventRetryProperties(Duration every, Duration olderThan, int maxAttempts, int errorMaxLength) {
}
