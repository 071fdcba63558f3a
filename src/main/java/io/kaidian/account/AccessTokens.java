package io.kaidian.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kaidian.platform.security.AccessTokenAuthenticator;
import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;

/**
 * Bearer tokens: 256 random bits, shown to the client once; only their SHA-256 hash is
 * stored. A token lives {@code kaidian.account.token-lifetime} (12 h) by the service's
 * clock and can be revoked.
 */
@Component
class AccessTokens implements AccessTokenAuthenticator {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountProperties properties;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, AccountProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	IssuedToken issue(AccountKind kind, UUID accountId) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		Instant issuedAt = this.clock.instant();
		Instant expiresAt = issuedAt.plus(this.properties.tokenLifetime());
		this.jdbc
			.sql("INSERT INTO access_token (id, token_hash, account_kind, account_id, issued_at, expires_at) "
					+ "VALUES (:id, :hash, :kind, :account, :issuedAt, :expiresAt)")
			.param("id", id)
			.param("hash", hash(token))
			.param("kind", kind.name())
			.param("account", accountId)
			.param("issuedAt", issuedAt.atOffset(ZoneOffset.UTC))
			.param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
		return new IssuedToken(id, token, expiresAt);
	}

	void revoke(UUID tokenId) {
		this.jdbc.sql("UPDATE access_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", tokenId)
			.update();
	}

	/** Revokes every live token of the account (a password reset). */
	int revokeAll(AccountKind kind, UUID accountId) {
		return this.jdbc
			.sql("UPDATE access_token SET revoked_at = :now WHERE account_kind = :kind AND account_id = :account "
					+ "AND revoked_at IS NULL")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("kind", kind.name())
			.param("account", accountId)
			.update();
	}

	/**
	 * The live token's account, read with the token in one statement (every API call
	 * makes it): a staff account, or a seller account still active.
	 */
	@Override
	public Optional<KaidianUser> authenticate(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT t.id AS token_id, t.account_kind, t.account_id, s.id AS staff_id, s.email_normalized AS "
					+ "staff_email, s.name AS staff_name, s.roles, a.id AS seller_id, a.email_normalized AS "
					+ "seller_email, a.first_name, a.last_name, a.member_id, a.status FROM access_token t "
					+ "LEFT JOIN staff_account s ON t.account_kind = 'STAFF' AND s.id = t.account_id "
					+ "LEFT JOIN seller_account a ON t.account_kind = 'SELLER' AND a.id = t.account_id "
					+ "WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now")
			.param("hash", hash(token))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(AccessTokens::user)
			.optional()
			.flatMap((user) -> user);
	}

	/**
	 * The token's user as {@link StaffAccount#user} and {@link SellerAccount#user} make
	 * it.
	 */
	private static Optional<KaidianUser> user(ResultSet rs, int row) throws SQLException {
		UUID tokenId = rs.getObject("token_id", UUID.class);
		return switch (AccountKind.valueOf(rs.getString("account_kind"))) {
			case STAFF -> rs.getObject("staff_id") == null ? Optional.empty()
					: Optional.of(new KaidianUser(rs.getObject("staff_id", UUID.class), AccountKind.STAFF,
							rs.getString("staff_email"), rs.getString("staff_name"), null,
							Arrays.stream((String[]) rs.getArray("roles").getArray())
								.map(Role::valueOf)
								.collect(Collectors.toSet()),
							tokenId));
			case SELLER -> rs.getObject("seller_id") == null
					|| SellerAccount.Status.valueOf(rs.getString("status")) != SellerAccount.Status.ACTIVE
							? Optional.empty()
							: Optional.of(new KaidianUser(rs.getObject("seller_id", UUID.class), AccountKind.SELLER,
									rs.getString("seller_email"),
									rs.getString("first_name") + " " + rs.getString("last_name"),
									rs.getString("member_id"), Set.of(Role.SELLER), tokenId));
		};
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param id the token's id, to revoke it by
	 * @param token the token itself, given to the client once
	 * @param expiresAt when it stops working
	 */
	record IssuedToken(UUID id, String token, Instant expiresAt) {
	}

}
