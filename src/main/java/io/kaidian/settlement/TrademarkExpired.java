package io.kaidian.settlement;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * An approved TM-status mark passed its validity (PRODUCT.md §4.6): its brand item is
 * {@code EXPIRED}.
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the application
 * @param ref the brand's item, {@code brand:<index>}
 * @param brandName the brand's name
 * @param trademarkNumber its application number
 * @param expiredAt when it lapsed
 */
@NamedInterface("events")
public record TrademarkExpired(UUID sellerId, String memberId, UUID applicationId, String ref, String brandName,
		String trademarkNumber, Instant expiredAt) {
}
