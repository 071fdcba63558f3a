package io.kaidian.settlement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * An approved brand, as {@link ApplicationApproved} carries it to the store and product
 * modules.
 *
 * @param index its index in the application ({@code brand:<index>})
 * @param name the brand's name
 * @param trademarkNumber the registration or application number
 * @param status ® or TM
 * @param ownership owned or authorised
 * @param trademarkClass the Nice class, if given
 * @param owner the trademark's owner, if given
 * @param expiresAt when a TM-status mark lapses (PRODUCT.md §4.6); {@code null} for ®
 */
@NamedInterface("events")
public record ApprovedBrand(int index, String name, String trademarkNumber, TrademarkStatus status, Ownership ownership,
		@Nullable Integer trademarkClass, @Nullable String owner, @Nullable Instant expiresAt) {
}
