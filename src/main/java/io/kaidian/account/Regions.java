package io.kaidian.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a seller is based (R-REG-6): {@code CN_MAINLAND}, or an ISO 3166-1 alpha-2 code
 * for anywhere else, including Hong Kong, Macao and Taiwan. {@code CN} alone is not
 * accepted: it would not say whether the mainland is meant.
 */
final class Regions {

	static final String MAINLAND = "CN_MAINLAND";

	private static final Set<String> ISO = Set.of(Locale.getISOCountries());

	private Regions() {
	}

	/** The region as stored, or empty when it is not a region we know. */
	static Optional<String> parse(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String region = raw.strip().toUpperCase(Locale.ROOT);
		if (MAINLAND.equals(region)) {
			return Optional.of(MAINLAND);
		}
		return nonMainland(region);
	}

	static Optional<String> nonMainland(String raw) {
		String region = raw.strip().toUpperCase(Locale.ROOT);
		return ISO.contains(region) && !"CN".equals(region) ? Optional.of(region) : Optional.empty();
	}

}
