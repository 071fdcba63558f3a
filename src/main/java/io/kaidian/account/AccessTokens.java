package io.kaidian.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kaidian.platform.security.AccessTokenAuthenticator;
import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;

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

	private final StaffAccounts staff;

	private final SellerAccounts sellers;

	private final AccountProperties properties;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, StaffAccounts staff, SellerAccounts sellers, AccountProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.sellers = sellers;
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

	@Override
	public Optional<KaidianUser> authenticate(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		Optional<LiveToken> live = this.jdbc
			.sql("SELECT id, account_kind, account_id FROM access_token WHERE token_hash = :hash "
					+ "AND revoked_at IS NULL AND expires_at > :now")
			.param("hash", hash(token))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new LiveToken(rs.getObject("id", UUID.class),
					AccountKind.valueOf(rs.getString("account_kind")), rs.getObject("account_id", UUID.class)))
			.optional();
		return live.flatMap((found) -> switch (found.kind()) {
			case STAFF -> this.staff.findById(found.accountId()).map((account) -> account.user(found.id()));
			case SELLER -> this.sellers.findById(found.accountId())
				.filter(SellerAccount::live)
				.map((account) -> account.user(found.id()));
		});
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

	private record LiveToken(UUID id, AccountKind kind, UUID accountId) {
	}

}
