package io.kaidian.store;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A store opened at its tenth published product (R-OPEN-1): the journey is complete.
 *
 * @param sellerId the seller
 * @param storeId the store
 * @param memberId the seller's member ID
 * @param name the store's name
 * @param domain its domain
 * @param openedAt when
 */
@NamedInterface("events")
public record StoreOpened(UUID sellerId, UUID storeId, String memberId, String name, String domain, Instant openedAt) {
}
