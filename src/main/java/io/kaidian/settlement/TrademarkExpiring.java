package io.kaidian.settlement;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * An approved TM-status mark lapses soon ({@code kaidian.settlement.tm-reminder-before}
 * ahead, PRODUCT.md §4.6): the seller is reminded once to renew it.
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the application
 * @param ref the brand's item, {@code brand:<index>}
 * @param brandName the brand's name
 * @param trademarkNumber its application number
 * @param expiresAt when it lapses
 */
@NamedInterface("events")
public record TrademarkExpiring(UUID sellerId, String memberId, UUID applicationId, String ref, String brandName,
		String trademarkNumber, Instant expiresAt) {
}
