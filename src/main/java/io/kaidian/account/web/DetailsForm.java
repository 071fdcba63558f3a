package io.kaidian.account.web;

import org.jspecify.annotations.Nullable;

/**
 * Step 3 of the registration wizard.
 *
 * @param password never shown again
 * @param firstName English given name
 * @param lastName English surname
 * @param chineseName Chinese name
 * @param region {@code CN_MAINLAND} or an ISO 3166 code
 * @param province province or state
 * @param city city
 * @param line1 street and number
 * @param postalCode postal code
 */
record DetailsForm(@Nullable String password, @Nullable String firstName, @Nullable String lastName,
		@Nullable String chineseName, @Nullable String region, @Nullable String province, @Nullable String city,
		@Nullable String line1, @Nullable String postalCode) {
}
