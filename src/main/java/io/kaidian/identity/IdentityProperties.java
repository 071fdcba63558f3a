package io.kaidian.identity;

import java.time.Duration;
import java.time.Period;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of real-name authentication ({@code kaidian.identity.*}).
 *
 * @param enterpriseMaxAccounts accounts one enterprise may bind (R-ID-6: 6)
 * @param providerTimeout how long a case may wait on the Alipay step (R-ID-4: two months)
 * @param expiryCheckEvery how often waiting cases are checked for expiry
 * @param aeadKeyset Tink AEAD keyset (JSON) for personal data
 * @param aeadKeysetFile or a file holding it
 * @param prfKeyset Tink PRF keyset (JSON) for look-up keys
 * @param prfKeysetFile or a file holding it
 */
@ConfigurationProperties("kaidian.identity")
record IdentityProperties(int enterpriseMaxAccounts, Period providerTimeout, Duration expiryCheckEvery,
		@Nullable String aeadKeyset, @Nullable String aeadKeysetFile, @Nullable String prfKeyset,
		@Nullable String prfKeysetFile) {
}
