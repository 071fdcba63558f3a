package io.kaidian.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.security.AccountKind;

/** Seller accounts in {@code seller_account}. */
@Repository
class SellerAccounts {

	private static final String COLUMNS = "id, member_id, email_normalized, password_hash, first_name, last_name, "
			+ "chinese_name, phone, region, province, city, address_line1, postal_code, language, status, registered_at";

	private final JdbcClient jdbc;

	private final LoginEmails logins;

	SellerAccounts(JdbcClient jdbc, LoginEmails logins) {
		this.jdbc = jdbc;
		this.logins = logins;
	}

	/**
	 * Inserts; a concurrent registration of the same email or phone fails on a unique
	 * key.
	 */
	void add(SellerAccount account) {
		this.logins.claim(account.email(), AccountKind.SELLER, account.id());
		this.jdbc
			.sql("INSERT INTO seller_account (" + COLUMNS + ") VALUES (:id, :memberId, :email, :hash, :firstName, "
					+ ":lastName, :chineseName, :phone, :region, :province, :city, :line1, :postalCode, :language, "
					+ ":status, :registeredAt)")
			.param("id", account.id())
			.param("memberId", account.memberId())
			.param("email", account.email().value())
			.param("hash", account.passwordHash())
			.param("firstName", account.firstName())
			.param("lastName", account.lastName())
			.param("chineseName", account.chineseName())
			.param("phone", account.phone())
			.param("region", account.region())
			.param("province", account.address().province())
			.param("city", account.address().city())
			.param("line1", account.address().line1())
			.param("postalCode", account.address().postalCode())
			.param("language", account.language())
			.param("status", account.status().name())
			.param("registeredAt", account.registeredAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<SellerAccount> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM seller_account WHERE id = :id")
			.param("id", id)
			.query(SellerAccounts::map)
			.optional();
	}

	Map<String, UUID> idsByMemberId(Collection<String> memberIds) {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.sql("SELECT member_id, id FROM seller_account WHERE member_id = ANY(:memberIds)")
			.param("memberIds", memberIds.toArray(String[]::new))
			.query((rs) -> {
				ids.put(rs.getString("member_id"), rs.getObject("id", UUID.class));
			});
		return ids;
	}

	boolean phoneTaken(String phone) {
		return this.jdbc.sql("SELECT count(*) FROM seller_account WHERE phone = :phone AND status <> 'RECLAIMED'")
			.param("phone", phone)
			.query(Long.class)
			.single() > 0;
	}

	/** Replaces the password of a live account; {@code false} when there is none. */
	boolean changePassword(UUID id, String passwordHash) {
		return this.jdbc.sql("UPDATE seller_account SET password_hash = :hash WHERE id = :id AND status = 'ACTIVE'")
			.param("hash", passwordHash)
			.param("id", id)
			.update() == 1;
	}

	void recordSignIn(UUID id, java.time.Instant at) {
		this.jdbc.sql("UPDATE seller_account SET last_sign_in_at = :at WHERE id = :id")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	static SellerAccount map(ResultSet rs, int row) throws SQLException {
		return new SellerAccount(rs.getObject("id", UUID.class), rs.getString("member_id"),
				new EmailAddress(rs.getString("email_normalized")), rs.getString("password_hash"),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("chinese_name"),
				rs.getString("phone"), rs.getString("region"),
				new SellerAccount.Address(rs.getString("province"), rs.getString("city"), rs.getString("address_line1"),
						rs.getString("postal_code")),
				rs.getString("language"), SellerAccount.Status.valueOf(rs.getString("status")),
				rs.getObject("registered_at", OffsetDateTime.class).toInstant());
	}

}
