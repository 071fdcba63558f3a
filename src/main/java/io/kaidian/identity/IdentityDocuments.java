package io.kaidian.identity;

import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.documents.Check;

/** The documents of each attempt ({@code identity_document}). */
@Repository
class IdentityDocuments {

	private static final TypeReference<List<Check>> CHECKS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IdentityDocuments(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Attached> of(UUID caseId) {
		return this.jdbc
			.sql("SELECT kind, document_id, status, carried, checks::text AS checks FROM identity_document "
					+ "WHERE case_id = :id ORDER BY kind")
			.param("id", caseId)
			.query((rs, row) -> new Attached(SubjectType.DocumentKind.valueOf(rs.getString("kind")),
					rs.getObject("document_id", UUID.class), rs.getString("status"), rs.getBoolean("carried"),
					this.json.readValue(rs.getString("checks"), CHECKS)))
			.list();
	}

	void put(UUID caseId, SubjectType.DocumentKind kind, UUID documentId, List<Check> checks) {
		this.jdbc.sql("INSERT INTO identity_document (case_id, kind, document_id, status, carried, checks) "
				+ "VALUES (:case, :kind, :doc, 'UPLOADED', FALSE, CAST(:checks AS JSONB)) "
				+ "ON CONFLICT (case_id, kind) DO UPDATE SET document_id = EXCLUDED.document_id, status = 'UPLOADED', "
				+ "carried = FALSE, checks = EXCLUDED.checks")
			.param("case", caseId)
			.param("kind", kind.name())
			.param("doc", documentId)
			.param("checks", this.json.writeValueAsString(checks))
			.update();
	}

	/**
	 * Copies the accepted documents of the previous attempt, unchanged, into the new one.
	 */
	void carryOverAccepted(UUID fromCase, UUID toCase) {
		this.jdbc
			.sql("INSERT INTO identity_document (case_id, kind, document_id, status, carried, checks) "
					+ "SELECT :to, kind, document_id, 'ACCEPTED', TRUE, checks FROM identity_document "
					+ "WHERE case_id = :from AND status = 'ACCEPTED'")
			.param("to", toCase)
			.param("from", fromCase)
			.update();
	}

	void markAll(UUID caseId, String status) {
		this.jdbc.sql("UPDATE identity_document SET status = :status WHERE case_id = :case")
			.param("status", status)
			.param("case", caseId)
			.update();
	}

	void mark(UUID caseId, SubjectType.DocumentKind kind, String status) {
		this.jdbc.sql("UPDATE identity_document SET status = :status WHERE case_id = :case AND kind = :kind")
			.param("status", status)
			.param("case", caseId)
			.param("kind", kind.name())
			.update();
	}

	boolean belongsToSeller(UUID documentId, UUID sellerId) {
		return this.jdbc
			.sql("SELECT count(*) FROM identity_document d JOIN identity_case c ON c.id = d.case_id "
					+ "WHERE d.document_id = :doc AND c.seller_id = :seller")
			.param("doc", documentId)
			.param("seller", sellerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @param kind the document kind
	 * @param documentId the stored document
	 * @param status UPLOADED, ACCEPTED or REJECTED
	 * @param carried whether it was accepted in an earlier attempt and carried over
	 * unchanged
	 * @param checks the automated checks of the upload
	 */
	record Attached(SubjectType.DocumentKind kind, UUID documentId, String status, boolean carried,
			List<Check> checks) {
	}

}
