package io.kaidian.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.review.Reason;

/**
 * Verification cases in {@code identity_case}; personal data through
 * {@link PersonalData}.
 */
@Repository
class IdentityCases {

	private static final String COLUMNS = "id, seller_id, member_id, attempt, previous_case_id, status, subject_type, "
			+ "method, company_name, credit_code, person_name, person_id_number, provider_ref, provider_started_at, "
			+ "review_case_id, expected_decision, reasons::text AS reasons, version";

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final PersonalData personal;

	private final JsonMapper json;

	IdentityCases(JdbcClient jdbc, PersonalData personal, JsonMapper json) {
		this.jdbc = jdbc;
		this.personal = personal;
		this.json = json;
	}

	/** The seller's latest attempt, locked for the rest of the transaction. */
	Optional<IdentityCase> latestForUpdate(UUID sellerId) {
		return latest(sellerId, " FOR UPDATE");
	}

	Optional<IdentityCase> latest(UUID sellerId) {
		return latest(sellerId, "");
	}

	private Optional<IdentityCase> latest(UUID sellerId, String lock) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM identity_case WHERE seller_id = :seller ORDER BY attempt DESC LIMIT 1"
					+ lock)
			.param("seller", sellerId)
			.query(this::map)
			.optional();
	}

	Optional<IdentityCase> byProviderRef(UUID ref) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_case WHERE provider_ref = :ref FOR UPDATE")
			.param("ref", ref)
			.query(this::map)
			.optional();
	}

	/** The attempt the review case {@code reviewCaseId} decides. */
	Optional<IdentityCase> byReviewCase(UUID reviewCaseId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_case WHERE review_case_id = :review")
			.param("review", reviewCaseId)
			.query(this::map)
			.optional();
	}

	List<IdentityCase> attempts(UUID sellerId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_case WHERE seller_id = :seller ORDER BY attempt")
			.param("seller", sellerId)
			.query(this::map)
			.list();
	}

	/**
	 * Waiting on the Alipay step since before {@code startedBefore}; locked, so one
	 * instance expires each.
	 */
	List<IdentityCase> awaitingSince(Instant startedBefore) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM identity_case WHERE status = 'AWAITING_PROVIDER' "
					+ "AND provider_started_at <= :before FOR UPDATE SKIP LOCKED")
			.param("before", startedBefore.atOffset(ZoneOffset.UTC))
			.query(this::map)
			.list();
	}

	/**
	 * The other cases in review of the subject with this look-up key, whose reviewers
	 * should learn of a new binding (R-ID-6).
	 */
	List<IdentityCase> inReviewOfSubject(SubjectType type, byte[] subjectMac, UUID excluding) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM identity_case WHERE status = 'IN_REVIEW' AND subject_type = :type "
					+ "AND subject_key_mac = :mac AND id <> :id ORDER BY attempt")
			.param("type", type.name())
			.param("mac", subjectMac)
			.param("id", excluding)
			.query(this::map)
			.list();
	}

	void insert(IdentityCase c, Instant now) {
		this.jdbc
			.sql("INSERT INTO identity_case (id, seller_id, member_id, attempt, previous_case_id, status, subject_type, "
					+ "method, company_name, credit_code, credit_code_masked, person_name, person_id_number, "
					+ "person_id_masked, created_at) VALUES (:id, :seller, :member, :attempt, :previous, :status, "
					+ ":type, :method, :company, :credit, :creditMasked, :person, :personId, :personIdMasked, :now)")
			.param("id", c.id())
			.param("seller", c.sellerId())
			.param("member", c.memberId())
			.param("attempt", c.attempt())
			.param("previous", c.previousCaseId())
			.param("status", c.status().name())
			.param("type", c.subjectType() != null ? c.subjectType().name() : null)
			.param("method", c.method() != null ? c.method().name() : null)
			.param("company", this.personal.encrypt(c.companyName(), "companyName"))
			.param("credit", this.personal.encrypt(c.creditCode(), "creditCode"))
			.param("creditMasked", IdentityNumbers.maskIfPresent(c.creditCode()))
			.param("person", this.personal.encrypt(c.personName(), "personName"))
			.param("personId", this.personal.encrypt(c.personIdNumber(), "personIdNumber"))
			.param("personIdMasked", IdentityNumbers.maskIfPresent(c.personIdNumber()))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Saves the draft's data; refused by the database for an approved case (R-ID-7). */
	void saveData(IdentityCase c) {
		this.jdbc
			.sql("UPDATE identity_case SET subject_type = :type, method = :method, company_name = :company, "
					+ "credit_code = :credit, credit_code_masked = :creditMasked, person_name = :person, "
					+ "person_id_number = :personId, person_id_masked = :personIdMasked, version = version + 1 "
					+ "WHERE id = :id")
			.param("type", c.subjectType() != null ? c.subjectType().name() : null)
			.param("method", c.method() != null ? c.method().name() : null)
			.param("company", this.personal.encrypt(c.companyName(), "companyName"))
			.param("credit", this.personal.encrypt(c.creditCode(), "creditCode"))
			.param("creditMasked", IdentityNumbers.maskIfPresent(c.creditCode()))
			.param("person", this.personal.encrypt(c.personName(), "personName"))
			.param("personId", this.personal.encrypt(c.personIdNumber(), "personIdNumber"))
			.param("personIdMasked", IdentityNumbers.maskIfPresent(c.personIdNumber()))
			.param("id", c.id())
			.update();
	}

	/**
	 * Persists a transition made by the aggregate, if nobody changed the case meanwhile.
	 * @param subjectMac the subject's look-up key, recorded when the case is submitted
	 */
	void transition(IdentityCase before, IdentityCase after, Instant now, byte @Nullable [] subjectMac) {
		int updated = this.jdbc
			.sql("UPDATE identity_case SET status = :status, provider_ref = :ref, provider_started_at = :started, "
					+ "review_case_id = :review, expected_decision = :expected, reasons = CAST(:reasons AS JSONB), "
					+ "subject_key_mac = COALESCE(:mac, subject_key_mac), "
					+ "submitted_at = CASE WHEN :status = 'AWAITING_PROVIDER' THEN :now ELSE submitted_at END, "
					+ "decided_at = CASE WHEN :status IN ('APPROVED', 'REJECTED', 'EXPIRED') THEN :now ELSE decided_at END, "
					+ "version = version + 1 WHERE id = :id AND version = :version AND status = :from")
			.param("status", after.status().name())
			.param("ref", after.providerRef())
			.param("started", at(after.providerStartedAt()))
			.param("review", after.reviewCaseId())
			.param("expected", at(after.expectedDecisionBy()))
			.param("reasons", this.json.writeValueAsString(after.reasons()))
			.param("mac", subjectMac)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", before.id())
			.param("version", before.version())
			.param("from", before.status().name())
			.update();
		if (updated != 1) {
			throw new ConflictException("VERSION_CONFLICT");
		}
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	String maskedCreditCode(UUID id) {
		return this.jdbc.sql("SELECT credit_code_masked FROM identity_case WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private IdentityCase map(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("subject_type");
		String method = rs.getString("method");
		return new IdentityCase(rs.getObject("id", UUID.class), rs.getObject("seller_id", UUID.class),
				rs.getString("member_id"), rs.getInt("attempt"), rs.getObject("previous_case_id", UUID.class),
				CaseStatus.valueOf(rs.getString("status")), type != null ? SubjectType.valueOf(type) : null,
				method != null ? SubjectType.Method.valueOf(method) : null,
				this.personal.decrypt(rs.getBytes("company_name"), "companyName"),
				this.personal.decrypt(rs.getBytes("credit_code"), "creditCode"),
				this.personal.decrypt(rs.getBytes("person_name"), "personName"),
				this.personal.decrypt(rs.getBytes("person_id_number"), "personIdNumber"),
				rs.getObject("provider_ref", UUID.class), instant(rs, "provider_started_at"),
				rs.getObject("review_case_id", UUID.class), instant(rs, "expected_decision"),
				this.json.readValue(rs.getString("reasons"), REASONS), rs.getLong("version"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

}
