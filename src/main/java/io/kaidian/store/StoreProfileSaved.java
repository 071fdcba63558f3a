package io.kaidian.store;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A seller saved its store profile (R-STORE-1): the payout account is next.
 *
 * @param sellerId the seller
 * @param storeId the store
 * @param name its name
 * @param domain its domain
 */
@NamedInterface("events")
public record StoreProfileSaved(UUID sellerId, UUID storeId, String name, String domain) {
}
