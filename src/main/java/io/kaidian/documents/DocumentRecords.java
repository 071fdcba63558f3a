package io.kaidian.documents;

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

import io.kaidian.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The metadata in {@code document} and the record of views in {@code document_view}. */
@Repository
class DocumentRecords {

	private static final String COLUMNS = "id, owner_kind, owner_id, seller_account_id, media_type, size, width, "
			+ "height, sha256, storage_key, checks, created_at, deleted_at";

	private static final TypeReference<List<Check>> CHECKS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DocumentRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A row of {@code document}. */
	record Row(StoredDocument document, String storageKey, @Nullable Instant deletedAt) {
	}

	void insert(StoredDocument document, String storageKey) {
		this.jdbc.sql("""
				INSERT INTO document (id, owner_kind, owner_id, seller_account_id, media_type, size, width, height,
				                      sha256, storage_key, checks, created_at)
				VALUES (:id, :ownerKind, :ownerId, :seller, :mediaType, :size, :width, :height,
				        :sha256, :storageKey, CAST(:checks AS JSONB), :createdAt)""")
			.param("id", document.id().value())
			.param("ownerKind", document.owner().kind())
			.param("ownerId", document.owner().id())
			.param("seller", document.owner().sellerAccountId())
			.param("mediaType", document.mediaType())
			.param("size", document.size())
			.param("width", document.width())
			.param("height", document.height())
			.param("sha256", document.sha256())
			.param("storageKey", storageKey)
			.param("checks", this.json.writeValueAsString(document.checks()))
			.param("createdAt", utc(document.createdAt()))
			.update();
	}

	Optional<Row> find(DocumentId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = :id")
			.param("id", id.value())
			.query(this::map)
			.optional();
	}

	/** Marks the content deleted; false when it already was. */
	boolean markDeleted(DocumentId id, Instant at) {
		return this.jdbc.sql("UPDATE document SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
			.param("id", id.value())
			.param("at", utc(at))
			.update() == 1;
	}

	void insertView(DocumentId id, Viewer viewer, Instant at) {
		this.jdbc.sql("""
				INSERT INTO document_view (id, document_id, viewer_account_id, viewer_role, viewed_at)
				VALUES (:id, :document, :viewer, :role, :at)""")
			.param("id", UUID.randomUUID())
			.param("document", id.value())
			.param("viewer", viewer.accountId())
			.param("role", viewer.role().name())
			.param("at", utc(at))
			.update();
	}

	List<View> views(DocumentId id) {
		return this.jdbc.sql("""
				SELECT viewer_account_id, viewer_role, viewed_at FROM document_view
				WHERE document_id = :id ORDER BY viewed_at, id""")
			.param("id", id.value())
			.query((rs, row) -> new View(id, rs.getObject("viewer_account_id", UUID.class),
					Role.valueOf(rs.getString("viewer_role")), instant(rs, "viewed_at")))
			.list();
	}

	private Row map(ResultSet rs, int row) throws SQLException {
		DocumentOwner owner = new DocumentOwner(rs.getString("owner_kind"), rs.getObject("owner_id", UUID.class),
				rs.getObject("seller_account_id", UUID.class));
		StoredDocument document = new StoredDocument(new DocumentId(rs.getObject("id", UUID.class)), owner,
				rs.getString("media_type"), rs.getLong("size"), rs.getObject("width", Integer.class),
				rs.getObject("height", Integer.class), rs.getString("sha256"), instant(rs, "created_at"),
				this.json.readValue(rs.getString("checks"), CHECKS));
		OffsetDateTime deleted = rs.getObject("deleted_at", OffsetDateTime.class);
		return new Row(document, rs.getString("storage_key"), deleted != null ? deleted.toInstant() : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
