package io.kaidian.settlement;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the settlement module ({@code kaidian.settlement.*}).
 *
 * @param offersRefreshInterval how often the cached offers check the database for changes
 * made by another instance
 * @param tmMarkValidity how long a TM-status mark stays valid after the application's
 * approval (PRODUCT.md §4.6: 6 months)
 * @param tmReminderBefore how long before a TM mark lapses the seller is reminded (30
 * days)
 * @param expiryCheckEvery how often TM marks are checked for reminders and expiry
 * @param maxBrands the most brands one application may carry (an exclusive store's "one
 * or more")
 */
@ConfigurationProperties("kaidian.settlement")
public record SettlementProperties(Duration offersRefreshInterval, Period tmMarkValidity, Period tmReminderBefore,
		Duration expiryCheckEvery, int maxBrands) {
}
