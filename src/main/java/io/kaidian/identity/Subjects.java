package io.kaidian.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Subjects and their bindings to accounts. The limit of R-ID-6 is counted under a lock on
 * the subject's row, with the database's trigger (V10) as the last guard; the permanence
 * of R-ID-7 is enforced by the database (triggers of V10).
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
		int max = limit(type);
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
	 * Binds the subject to the account for good, within the limit of R-ID-6: the
	 * subject's row is locked first, so concurrent bindings of one subject are counted
	 * one after the other, and a full subject is answered {@code false} without touching
	 * the transaction. The database's trigger (V10) stays as the last guard: an insert it
	 * refuses aborts the transaction, which is never caught here (docs/adr/0019).
	 * @return whether it was bound; {@code false} when the subject already binds as many
	 * accounts as R-ID-6 allows
	 */
	boolean bind(UUID subjectId, UUID sellerId, String memberId, UUID caseId) {
		int allowed = this.jdbc.sql("SELECT max_accounts FROM identity_subject WHERE id = :id FOR UPDATE")
			.param("id", subjectId)
			.query(Integer.class)
			.single();
		if (bindings(subjectId) >= allowed) {
			return false;
		}
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

	/**
	 * The accounts the subject with this key already binds, oldest first, and how many it
	 * may bind (R-ID-6); none when the subject is unknown.
	 */
	Bound bound(SubjectType type, String key) {
		List<String> members = this.jdbc
			.sql("SELECT b.member_id FROM identity_binding b JOIN identity_subject s ON s.id = b.subject_id "
					+ "WHERE s.subject_type = :type AND s.key_mac = :mac ORDER BY b.bound_at, b.member_id")
			.param("type", type.name())
			.param("mac", this.personal.mac(type, key))
			.query(String.class)
			.list();
		return new Bound(members, limit(type));
	}

	private int limit(SubjectType type) {
		return type == SubjectType.ENTERPRISE ? this.properties.enterpriseMaxAccounts() : 1;
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

	/**
	 * The accounts a subject binds.
	 *
	 * @param memberIds their member IDs, oldest binding first
	 * @param limit how many it may bind (R-ID-6)
	 */
	record Bound(List<String> memberIds, int limit) {

		boolean full() {
			return this.memberIds.size() >= this.limit;
		}

	}

}
