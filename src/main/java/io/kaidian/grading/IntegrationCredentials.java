package io.kaidian.grading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.AccessTokenAuthenticator;
import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;

/**
 * Credentials the marketplace's systems call the grading integration with: issued and
 * revoked by operators, scoped to the integration endpoints of grading (role
 * {@code INTEGRATION}), never a staff password. The token (256 random bits, prefixed
 * {@code kdi_}) is shown once; only its SHA-256 hash is kept.
 */
@Service
public class IntegrationCredentials implements AccessTokenAuthenticator {

	private static final Logger log = LoggerFactory.getLogger(IntegrationCredentials.class);

	static final String PREFIX = "kdi_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	IntegrationCredentials(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a credential; the answer holds its token, which is never shown again. */
	public Issued issue(String name, String by) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw RuleViolationException.of("name", "NAME_INVALID");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO integration_credential (id, name, scope, token_hash, issued_by, issued_at) "
					+ "VALUES (:id, :name, 'GRADING', :hash, :by, :at)")
			.param("id", id)
			.param("name", trimmed)
			.param("hash", hash(token))
			.param("by", by)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		log.info("Integration credential {} '{}' issued by {}", id, trimmed, by);
		return new Issued(id, trimmed, token);
	}

	public void revoke(UUID id, String by) {
		int revoked = this.jdbc
			.sql("UPDATE integration_credential SET revoked_by = :by, revoked_at = :at WHERE id = :id "
					+ "AND revoked_at IS NULL")
			.param("by", by)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
		if (revoked == 0) {
			throw new NotFoundException("CREDENTIAL_NOT_FOUND");
		}
		log.info("Integration credential {} revoked by {}", id, by);
	}

	public List<Credential> all() {
		return this.jdbc
			.sql("SELECT id, name, scope, issued_by, issued_at, revoked_at FROM integration_credential "
					+ "ORDER BY issued_at DESC")
			.query((rs, row) -> {
				OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
				return new Credential(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("scope"),
						rs.getString("issued_by"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
						revoked != null ? revoked.toInstant() : null);
			})
			.list();
	}

	@Override
	public Optional<KaidianUser> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT id, name FROM integration_credential WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash(token))
			.query((rs, row) -> new KaidianUser(rs.getObject("id", UUID.class), AccountKind.STAFF,
					"integration:" + rs.getString("name"), rs.getString("name"), null, Set.of(Role.INTEGRATION), null))
			.optional();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A credential just issued.
	 *
	 * @param credentialId its id
	 * @param name what it is for
	 * @param token the bearer token, shown once
	 */
	public record Issued(UUID credentialId, String name, String token) {
	}

	/**
	 * A credential as operators see it (never its token).
	 *
	 * @param credentialId its id
	 * @param name what it is for
	 * @param scope {@code GRADING}
	 * @param issuedBy who issued it
	 * @param issuedAt when
	 * @param revokedAt when it was revoked, if it was
	 */
	public record Credential(UUID credentialId, String name, String scope, String issuedBy, Instant issuedAt,
			@Nullable Instant revokedAt) {
	}

}
