package io.kaidian.catalog;

import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A product went on sale.
 *
 * @param sellerId its seller
 * @param productId the product
 * @param publishedProducts the seller's published products now
 */
@NamedInterface("events")
public record ProductPublished(UUID sellerId, UUID productId, int publishedProducts) {
}
