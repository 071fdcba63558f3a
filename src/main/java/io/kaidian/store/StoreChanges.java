package io.kaidian.store;

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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.Reason;

/**
 * The name and domain changes open stores asked for (R-STORE-1, ADR 0032). A pending
 * change reserves its name key and domain: the database holds at most one pending change
 * per store and per name key and domain.
 */
@Repository
class StoreChanges {

	private static final String COLUMNS = "id, store_id, review_case_id, name, name_key, domain, previous_name, "
			+ "previous_domain, status, requested_at, due_by, decided_at, reasons";

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	StoreChanges(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The store's change on the review desk, if any. */
	Optional<StoreChange> pending(UUID storeId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM store_profile_change WHERE store_id = :store " + "AND status = 'PENDING'")
			.param("store", storeId)
			.query(this::map)
			.optional();
	}

	/** The store's latest change, whatever became of it. */
	Optional<StoreChange> latest(UUID storeId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM store_profile_change WHERE store_id = :store "
					+ "ORDER BY requested_at DESC, id LIMIT 1")
			.param("store", storeId)
			.query(this::map)
			.optional();
	}

	/** The change decided by a review case, its row locked until the transaction ends. */
	Optional<StoreChange> lockedByReviewCase(UUID reviewCaseId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store_profile_change WHERE review_case_id = :case FOR UPDATE")
			.param("case", reviewCaseId)
			.query(this::map)
			.optional();
	}

	/** Whether another store's pending change reserves the name key. */
	boolean nameReserved(String nameKey, UUID exceptStore) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM store_profile_change WHERE name_key = :key AND status = 'PENDING' "
					+ "AND store_id <> :store)")
			.param("key", nameKey)
			.param("store", exceptStore)
			.query(Boolean.class)
			.single();
	}

	/** Whether another store's pending change reserves the domain. */
	boolean domainReserved(String domain, UUID exceptStore) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM store_profile_change WHERE domain = :domain AND status = 'PENDING' "
					+ "AND store_id <> :store)")
			.param("domain", domain)
			.param("store", exceptStore)
			.query(Boolean.class)
			.single();
	}

	void insert(StoreChange change) {
		try {
			this.jdbc
				.sql("INSERT INTO store_profile_change (" + COLUMNS + ") VALUES (:id, :store, :case, :name, :key, "
						+ ":domain, :previousName, :previousDomain, :status, :requested, :due, :decided, "
						+ "CAST(:reasons AS JSONB))")
				.param("id", change.id())
				.param("store", change.storeId())
				.param("case", change.reviewCaseId())
				.param("name", change.name())
				.param("key", change.nameKey())
				.param("domain", change.domain())
				.param("previousName", change.previousName())
				.param("previousDomain", change.previousDomain())
				.param("status", change.status().name())
				.param("requested", offset(change.requestedAt()))
				.param("due", offset(change.dueBy()))
				.param("decided", offset(change.decidedAt()))
				.param("reasons", this.json.writeValueAsString(change.reasons()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
	}

	/** Records the decision of a pending change. */
	void decided(StoreChange change) {
		this.jdbc
			.sql("UPDATE store_profile_change SET status = :status, decided_at = :decided, "
					+ "reasons = CAST(:reasons AS JSONB) WHERE id = :id AND status = 'PENDING'")
			.param("status", change.status().name())
			.param("decided", offset(change.decidedAt()))
			.param("reasons", this.json.writeValueAsString(change.reasons()))
			.param("id", change.id())
			.update();
	}

	private static ConflictException duplicate(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("store_profile_change_pending_name")) {
			return new ConflictException("STORE_NAME_TAKEN", List.of(Violation.of("name", "STORE_NAME_TAKEN")));
		}
		if (message.contains("store_profile_change_pending_domain")) {
			return new ConflictException("DOMAIN_TAKEN", List.of(Violation.of("domain", "DOMAIN_TAKEN")));
		}
		return new ConflictException("STORE_CHANGE_PENDING", List.of(Violation.of("name", "STORE_CHANGE_PENDING")));
	}

	private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	private StoreChange map(ResultSet rs, int row) throws SQLException {
		return new StoreChange(rs.getObject("id", UUID.class), rs.getObject("store_id", UUID.class),
				rs.getObject("review_case_id", UUID.class), rs.getString("name"), rs.getString("name_key"),
				rs.getString("domain"), rs.getString("previous_name"), rs.getString("previous_domain"),
				StoreChangeStatus.valueOf(rs.getString("status")),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(), instant(rs, "due_by"),
				instant(rs, "decided_at"), this.json.readValue(rs.getString("reasons"), REASONS));
	}

}
