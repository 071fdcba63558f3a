package io.kaidian.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payout accounts (R-STORE-2), the number only as ciphertext and masked, and the
 * changes after opening waiting for their SMS code.
 */
@Repository
class PayoutAccounts {

	private final JdbcClient jdbc;

	PayoutAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PayoutAccount> of(UUID sellerId) {
		return this.jdbc
			.sql("SELECT type, account_name, number_masked, bank_name, updated_at FROM store_payout_account "
					+ "WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query((rs, row) -> new PayoutAccount(PayoutType.valueOf(rs.getString("type")),
					rs.getString("account_name"), rs.getString("number_masked"), rs.getString("bank_name"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	boolean isSet(UUID sellerId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM store_payout_account WHERE seller_id = :seller)")
			.param("seller", sellerId)
			.query(Boolean.class)
			.single();
	}

	void save(UUID sellerId, Entered entered, Instant now) {
		this.jdbc
			.sql("INSERT INTO store_payout_account (seller_id, type, account_name, number_ciphertext, number_masked, "
					+ "bank_name, updated_at) VALUES (:seller, :type, :name, :cipher, :masked, :bank, :now) "
					+ "ON CONFLICT (seller_id) DO UPDATE SET type = EXCLUDED.type, account_name = EXCLUDED.account_name, "
					+ "number_ciphertext = EXCLUDED.number_ciphertext, number_masked = EXCLUDED.number_masked, "
					+ "bank_name = EXCLUDED.bank_name, updated_at = EXCLUDED.updated_at")
			.param("seller", sellerId)
			.param("type", entered.type().name())
			.param("name", entered.accountName())
			.param("cipher", entered.ciphertext())
			.param("masked", entered.masked())
			.param("bank", entered.bankName())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void pending(UUID changeId, UUID sellerId, Entered entered, byte[] codeHash, Instant now, Instant expiresAt) {
		this.jdbc.sql(
				"INSERT INTO store_payout_change (id, seller_id, type, account_name, number_ciphertext, number_masked, "
						+ "bank_name, code_hash, created_at, expires_at) VALUES (:id, :seller, :type, :name, :cipher, "
						+ ":masked, :bank, :hash, :now, :expires)")
			.param("id", changeId)
			.param("seller", sellerId)
			.param("type", entered.type().name())
			.param("name", entered.accountName())
			.param("cipher", entered.ciphertext())
			.param("masked", entered.masked())
			.param("bank", entered.bankName())
			.param("hash", codeHash)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The seller's latest change waiting for its code, locked. */
	Optional<Pending> latestPending(UUID sellerId) {
		return this.jdbc
			.sql("SELECT id, type, account_name, number_ciphertext, number_masked, bank_name, code_hash, "
					+ "failed_attempts, expires_at FROM store_payout_change WHERE seller_id = :seller "
					+ "AND confirmed_at IS NULL ORDER BY created_at DESC LIMIT 1 FOR UPDATE")
			.param("seller", sellerId)
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class),
					new Entered(PayoutType.valueOf(rs.getString("type")), rs.getString("account_name"),
							rs.getBytes("number_ciphertext"), rs.getString("number_masked"), rs.getString("bank_name")),
					rs.getBytes("code_hash"), rs.getInt("failed_attempts"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	void failedAttempt(UUID changeId) {
		this.jdbc.sql("UPDATE store_payout_change SET failed_attempts = failed_attempts + 1 WHERE id = :id")
			.param("id", changeId)
			.update();
	}

	void confirmed(UUID changeId, Instant now) {
		this.jdbc.sql("UPDATE store_payout_change SET confirmed_at = :now WHERE id = :id")
			.param("id", changeId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * An account as entered, ready to store.
	 *
	 * @param type its kind
	 * @param accountName the holder
	 * @param ciphertext the number, encrypted
	 * @param masked the number, masked
	 * @param bankName the bank
	 */
	record Entered(PayoutType type, String accountName, byte[] ciphertext, String masked, @Nullable String bankName) {
	}

	/**
	 * A change after opening, waiting for the code sent to the seller's phone.
	 *
	 * @param id the change
	 * @param entered the new account
	 * @param codeHash the code's hash
	 * @param failedAttempts wrong codes so far
	 * @param expiresAt when the code lapses
	 */
	record Pending(UUID id, Entered entered, byte[] codeHash, int failedAttempts, Instant expiresAt) {
	}

}
