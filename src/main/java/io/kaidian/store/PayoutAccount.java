package io.kaidian.store;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A payout account as every answer shows it: the number masked (R-STORE-2).
 *
 * @param type the kind of account
 * @param accountName the holder
 * @param accountNumber the number, masked: only its last four characters
 * @param bankName the bank, for a bank account
 * @param updatedAt when it was set
 */
public record PayoutAccount(PayoutType type, String accountName, String accountNumber, @Nullable String bankName,
		Instant updatedAt) {

	/** The masked form of a number: its last four characters after asterisks. */
	static String mask(String number) {
		int keep = Math.min(4, Math.max(0, number.length() - 4));
		return "****" + number.substring(number.length() - keep);
	}

}
