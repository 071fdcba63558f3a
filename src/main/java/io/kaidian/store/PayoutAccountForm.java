package io.kaidian.store;

import org.jspecify.annotations.Nullable;

/**
 * What a seller enters for its payout account ({@code PUT /api/v1/me/collection-account},
 * R-STORE-2).
 *
 * @param type {@code ALIPAY}, {@code WORLD_FIRST} or {@code BANK}
 * @param accountName the holder's name: the approved subject's
 * @param accountNumber the account's number or login
 * @param bankName the bank, for a bank account
 * @param smsCode the code sent to the seller's phone, to change the account after opening
 */
public record PayoutAccountForm(@Nullable String type, @Nullable String accountName, @Nullable String accountNumber,
		@Nullable String bankName, @Nullable String smsCode) {
}
