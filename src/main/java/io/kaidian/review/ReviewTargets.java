package io.kaidian.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The decision targets of the review queues ({@code kaidian.review.targets.*}). A plain
 * number is working days ({@code 10}); a duration is working time ({@code 48h},
 * {@code PT48H}).
 *
 * @param identity real-name authentication, R-ID-5 (48 hours)
 * @param application the whole settlement application, R-APP-6 (10 working days)
 * @param brand a brand applied for within the scope, R-APP-5 (7 working days)
 * @param storeChange a name or domain change of an open store, R-STORE-1
 */
@ConfigurationProperties("kaidian.review.targets")
public record ReviewTargets(ReviewTarget identity, ReviewTarget application, ReviewTarget brand,
		ReviewTarget storeChange) {
}
