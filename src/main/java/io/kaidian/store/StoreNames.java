package io.kaidian.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Store names compared as a buyer reads them (R-STORE-1): full-width and half-width
 * forms, upper and lower case and spaces make no difference.
 */
final class StoreNames {

	private StoreNames() {
	}

	/** The key two names share when they read alike: NFKC, case folded, no spaces. */
	static String fold(String name) {
		String normal = Normalizer.normalize(name, Normalizer.Form.NFKC);
		return normal.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}\\u200B-\\u200D\\uFEFF]+", "");
	}

}
