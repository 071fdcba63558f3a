package io.kaidian.store;

import java.util.UUID;

/**
 * The port through which the storefront shows a store's level and service level. Grading
 * implements it once it exists (its bean marked {@code @Primary}); until then
 * {@link NotYetRated} answers for every store.
 */
public interface StoreRatings {

	/** The store's current rating. */
	Rating of(UUID sellerId);

	/**
	 * A store's rating as the storefront shows it.
	 *
	 * @param level the level, {@code NOT_RATED} until graded
	 * @param serviceLevel the service level, {@code NOT_RATED} until graded
	 */
	record Rating(String level, String serviceLevel) {

		public static final String NOT_RATED = "NOT_RATED";

		public boolean rated() {
			return !NOT_RATED.equals(this.level);
		}

	}

}
