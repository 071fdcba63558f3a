package io.kaidian.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Subjects and their bindings to accounts. The limits of R-ID-6 and the permanence of
 * R-ID-7 are enforced by the database (triggers of V10), not by a read-then-write here.
 */
@Repository
class Subjects {

	private final JdbcClient jdbc;

	private final PersonalData personal;

	private final IdentityProperties properties;

	private final Clock clock;

	Subjects(JdbcClient jdbc, PersonalData personal, IdentityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.personal = personal;
		this.properties = properties;
		this.clock = clock;
		// the configured limit applies to every enterprise, also those known before a
		// change
		jdbc.sql("UPDATE identity_subject SET max_accounts = :max WHERE subject_type = 'ENTERPRISE' "
				+ "AND max_accounts <> :max")
			.param("max", properties.enterpriseMaxAccounts())
			.update();
	}

	/**
	 * The subject with this key, created if new; concurrent creations meet on the unique
	 * key.
	 */
	UUID findOrCreate(SubjectType type, String key) {
		byte[] mac = this.personal.mac(type, key);
		int max = type == SubjectType.ENTERPRISE ? this.properties.enterpriseMaxAccounts() : 1;
		this.jdbc
			.sql("INSERT INTO identity_subject (id, subject_type, key_mac, key_ciphertext, max_accounts, created_at) "
					+ "VALUES (:id, :type, :mac, :key, :max, :now) ON CONFLICT ON CONSTRAINT identity_subject_unique "
					+ "DO NOTHING")
			.param("id", UUID.randomUUID())
			.param("type", type.name())
			.param("mac", mac)
			.param("key", this.personal.encrypt(key, "subjectKey"))
			.param("max", max)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("SELECT id FROM identity_subject WHERE subject_type = :type AND key_mac = :mac")
			.param("type", type.name())
			.param("mac", mac)
			.query(UUID.class)
			.single();
	}

	byte[] subjectMac(SubjectType type, String key) {
		return this.personal.mac(type, key);
	}

	boolean banned(SubjectType type, String key) {
		return this.jdbc
			.sql("SELECT count(*) FROM identity_subject WHERE subject_type = :type AND key_mac = :mac "
					+ "AND banned_at IS NOT NULL")
			.param("type", type.name())
			.param("mac", this.personal.mac(type, key))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * R-ID-8: bans the subject; every later account authenticating with it is refused and
	 * closed.
	 */
	void ban(SubjectType type, String key, String reason) {
		UUID subject = findOrCreate(type, key);
		this.jdbc
			.sql("UPDATE identity_subject SET banned_at = :now, banned_reason = :reason WHERE id = :id "
					+ "AND banned_at IS NULL")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("reason", reason)
			.param("id", subject)
			.update();
	}

	/**
	 * Binds the subject to the account for good.
	 * @return whether it was bound; {@code false} when the subject already binds as many
	 * accounts as R-ID-6 allows
	 */
	boolean bind(UUID subjectId, UUID sellerId, String memberId, UUID caseId) {
		try {
			this.jdbc
				.sql("INSERT INTO identity_binding (seller_id, subject_id, member_id, case_id, bound_at) "
						+ "VALUES (:seller, :subject, :member, :case, :now)")
				.param("seller", sellerId)
				.param("subject", subjectId)
				.param("member", memberId)
				.param("case", caseId)
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("R-ID-6")) {
				return false;
			}
			throw ex;
		}
	}

	Optional<UUID> boundSubject(UUID sellerId) {
		return this.jdbc.sql("SELECT subject_id FROM identity_binding WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query(UUID.class)
			.optional();
	}

	long bindings(UUID subjectId) {
		return this.jdbc.sql("SELECT count(*) FROM identity_binding WHERE subject_id = :id")
			.param("id", subjectId)
			.query(Long.class)
			.single();
	}

}
