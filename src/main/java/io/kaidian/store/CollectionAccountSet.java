package io.kaidian.store;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A seller set its payout (collection) account (R-STORE-2): its products may be
 * published.
 *
 * @param sellerId the seller
 * @param type {@code ALIPAY}, {@code WORLD_FIRST} or {@code BANK}
 */
@NamedInterface("events")
public record CollectionAccountSet(UUID sellerId, String type) {
}
