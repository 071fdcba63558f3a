package io.kaidian.settlement;

import org.jspecify.annotations.Nullable;

/**
 * One brand as the seller enters it (R-APP-5).
 *
 * @param name the brand's name, screened (R-REG-5)
 * @param trademarkNumber the Chinese registration or application number (1–9 digits), or
 * a Madrid international registration ({@code G} and 1–9 digits)
 * @param trademarkStatus registered ® or applied for (TM)
 * @param ownership owned by the seller's subject, or authorised by the owner
 * @param trademarkClass the Nice class, 1–45 (optional)
 * @param owner the trademark's owner as registered (optional)
 */
public record BrandForm(@Nullable String name, @Nullable String trademarkNumber,
		@Nullable TrademarkStatus trademarkStatus, @Nullable Ownership ownership, @Nullable Integer trademarkClass,
		@Nullable String owner) {
}
