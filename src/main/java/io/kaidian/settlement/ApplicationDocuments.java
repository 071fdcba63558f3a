package io.kaidian.settlement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.documents.Check;

/** The documents of each item of an application ({@code settlement_document}). */
@Repository
class ApplicationDocuments {

	private static final TypeReference<List<Check>> CHECKS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ApplicationDocuments(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Attached> of(UUID applicationId) {
		return this.jdbc
			.sql("SELECT d.ref, d.kind, d.document_id, d.status, d.carried, d.checks::text AS checks "
					+ "FROM settlement_document d JOIN settlement_item i ON i.application_id = d.application_id "
					+ "AND i.ref = d.ref WHERE d.application_id = :id ORDER BY i.type DESC, i.position, d.kind")
			.param("id", applicationId)
			.query((rs, row) -> new Attached(ItemRef.of(rs.getString("ref")), rs.getString("kind"),
					rs.getObject("document_id", UUID.class), rs.getString("status"), rs.getBoolean("carried"),
					this.json.readValue(rs.getString("checks"), CHECKS)))
			.list();
	}

	void put(UUID applicationId, ItemRef ref, String kind, UUID documentId, List<Check> checks, Instant now) {
		this.jdbc
			.sql("INSERT INTO settlement_document (application_id, ref, kind, document_id, status, carried, checks, "
					+ "uploaded_at) VALUES (:id, :ref, :kind, :doc, 'UPLOADED', FALSE, CAST(:checks AS JSONB), :now) "
					+ "ON CONFLICT (application_id, ref, kind) DO UPDATE SET document_id = EXCLUDED.document_id, "
					+ "status = 'UPLOADED', carried = FALSE, checks = EXCLUDED.checks, uploaded_at = EXCLUDED.uploaded_at")
			.param("id", applicationId)
			.param("ref", ref.key())
			.param("kind", kind)
			.param("doc", documentId)
			.param("checks", this.json.writeValueAsString(checks))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Drops the documents of an item except the kinds given (a brand that changed). */
	void dropExcept(UUID applicationId, ItemRef ref, Collection<String> keptKinds) {
		this.jdbc
			.sql("DELETE FROM settlement_document WHERE application_id = :id AND ref = :ref "
					+ "AND NOT (kind = ANY (:kept))")
			.param("id", applicationId)
			.param("ref", ref.key())
			.param("kept", keptKinds.toArray(String[]::new))
			.update();
	}

	/**
	 * Marks the documents of a decided item: ACCEPTED or REJECTED.
	 * @param ref the item's key, as the review decided it
	 */
	void mark(UUID applicationId, String ref, String status) {
		this.jdbc.sql("UPDATE settlement_document SET status = :status WHERE application_id = :id AND ref = :ref")
			.param("status", status)
			.param("id", applicationId)
			.param("ref", ref)
			.update();
	}

	/**
	 * At the next attempt, the accepted documents are kept unchanged: carried over
	 * (PRODUCT.md §4.2).
	 */
	void carryOverAccepted(UUID applicationId) {
		this.jdbc
			.sql("UPDATE settlement_document SET carried = TRUE WHERE application_id = :id AND status = 'ACCEPTED'")
			.param("id", applicationId)
			.update();
	}

	/**
	 * @param ref the item
	 * @param kind the document kind
	 * @param documentId the stored document
	 * @param status UPLOADED, ACCEPTED or REJECTED
	 * @param carried accepted at an earlier decision and kept unchanged
	 * @param checks the automated checks of the upload
	 */
	record Attached(ItemRef ref, String kind, UUID documentId, String status, boolean carried, List<Check> checks) {
	}

}
