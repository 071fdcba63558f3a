package io.kaidian.store;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A reviewer approved an open store's new name or domain (R-STORE-1): it is live, and the
 * old domain redirects until {@code redirectUntil}.
 *
 * @param sellerId the seller
 * @param storeId the store
 * @param name the store's name now
 * @param domain its domain now
 * @param previousDomain the domain before
 * @param redirectUntil until when the old domain redirects; null when the domain stayed
 */
@NamedInterface("events")
public record StoreChangeApproved(UUID sellerId, UUID storeId, String name, String domain, String previousDomain,
		@Nullable Instant redirectUntil) {
}
