package io.kaidian.screening;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the screening module ({@code kaidian.screening.*}).
 *
 * @param refreshInterval how often an instance asks the database whether another instance
 * changed the dictionaries (a change made through the instance itself applies at once)
 * @param maxTermLength the longest term an operator may add, in characters
 * @param minTermLength the shortest term after normalisation, in characters: shorter ones
 * would flag far too many texts
 */
@ConfigurationProperties("kaidian.screening")
record ScreeningProperties(Duration refreshInterval, int maxTermLength, int minTermLength) {
}
