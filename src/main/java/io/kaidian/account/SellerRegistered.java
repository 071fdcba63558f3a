package io.kaidian.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A seller registered (R-REG): the account exists and its first checklist item is done.
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param email its login
 * @param region {@code CN_MAINLAND} or an ISO 3166 code
 * @param language the seller's language, {@code en} or {@code zh-CN}
 * @param registeredAt when
 */
public record SellerRegistered(UUID sellerId, String memberId, String email, String region, String language,
		Instant registeredAt) {
}
