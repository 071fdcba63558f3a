package io.kaidian.catalog;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;

/**
 * A product of a store (R-OPEN-1).
 *
 * @param id the product
 * @param sellerId its seller
 * @param title its title
 * @param categoryCode its category, one of the approved
 * @param brand its brand, one of the approved, or {@code null} for none
 * @param price its price in CNY
 * @param stock units in stock
 * @param status where it stands
 * @param withdrawnReason why the marketplace unpublished it, if it did
 */
public record Product(UUID id, UUID sellerId, String title, String categoryCode, @Nullable String brand, Money price,
		int stock, ProductStatus status, @Nullable String withdrawnReason) {
}
