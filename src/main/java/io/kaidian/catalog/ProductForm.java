package io.kaidian.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a seller enters for a product ({@code POST /api/v1/me/products}).
 *
 * @param title its title
 * @param categoryCode its category
 * @param brand its brand, or {@code null} for none
 * @param price its price in CNY
 * @param stock units in stock
 */
public record ProductForm(@Nullable String title, @Nullable String categoryCode, @Nullable String brand,
		@Nullable BigDecimal price, @Nullable Integer stock) {
}
