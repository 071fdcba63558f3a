package io.kaidian.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the service's secret keys may come from ({@code kaidian.keys.*}).
 *
 * @param developmentAllowed whether a key left unset is generated into
 * {@code ${kaidian.data-directory}/keys} (development); {@code false} in the {@code prod}
 * profile, where an unset key stops the start (ADR 0021)
 */
@ConfigurationProperties("kaidian.keys")
record KeysProperties(boolean developmentAllowed) {
}
