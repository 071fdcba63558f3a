package io.kaidian.settlement;

import org.jspecify.annotations.Nullable;

/**
 * One brand of the application as the seller sees it.
 *
 * @param index its position; its item is {@code brand:<index>}
 * @param name the brand's name
 * @param trademarkNumber the registration or application number, normalised
 * @param trademarkStatus ® or TM
 * @param ownership owned or authorised
 * @param trademarkClass the Nice class, if given
 * @param owner the trademark's owner, if given
 */
public record BrandView(int index, @Nullable String name, @Nullable String trademarkNumber,
		@Nullable TrademarkStatus trademarkStatus, @Nullable Ownership ownership, @Nullable Integer trademarkClass,
		@Nullable String owner) {
}
