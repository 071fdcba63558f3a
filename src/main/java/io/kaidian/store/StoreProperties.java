package io.kaidian.store;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the store module ({@code kaidian.store.*}).
 *
 * @param reservedDomains sub-domains nobody may take (R-STORE-1)
 * @param oldDomainRedirect how long an open store's old domain redirects after a change
 * @param brandStoryMax an official store's brand story, at most this many characters
 * @param openingThreshold the store opens when this many products are published
 * (R-OPEN-1)
 * @param payoutChangeCodeLifetime how long the SMS code confirming a payout change after
 * opening lives (R-STORE-2)
 * @param payoutChangeMaxAttempts wrong codes before the change must be asked again
 * @param bankNumberMinLength a bank account number's fewest digits
 * @param bankNumberMaxLength its most digits
 * @param aeadKeyset the PII keyset (Tink JSON, AES256_GCM) the account number is
 * encrypted with; identity's
 * @param aeadKeysetFile or a file holding it
 */
@ConfigurationProperties("kaidian.store")
public record StoreProperties(List<String> reservedDomains, Duration oldDomainRedirect, int brandStoryMax,
		int openingThreshold, Duration payoutChangeCodeLifetime, int payoutChangeMaxAttempts, int bankNumberMinLength,
		int bankNumberMaxLength, @Nullable String aeadKeyset, @Nullable String aeadKeysetFile) {

	public StoreProperties {
		reservedDomains = List.copyOf(reservedDomains);
	}

}
