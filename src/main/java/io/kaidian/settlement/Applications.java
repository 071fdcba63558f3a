package io.kaidian.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.review.Reason;

/**
 * Settlement applications in {@code settlement_application}, their items in
 * {@code settlement_item}.
 */
@Repository
class Applications {

	private static final String COLUMNS = "id, seller_id, member_id, attempt, status, sales_plan, store_type, "
			+ "business_scope, no_brand, review_case_id, expected_decision, reasons::text AS reasons, approved_at, version";

	private static final String ITEM_COLUMNS = "ref, position, status, reasons::text AS reasons, category_code, "
			+ "brand_name, trademark_number, trademark_status, ownership, trademark_class, trademark_owner, "
			+ "decided::text AS decided, expires_at, reminded_at";

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Applications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<SettlementApplication> of(UUID sellerId) {
		return find("seller_id = :key", sellerId, "");
	}

	/** The seller's application, locked for the rest of the transaction. */
	Optional<SettlementApplication> forUpdate(UUID sellerId) {
		return find("seller_id = :key", sellerId, " FOR UPDATE");
	}

	Optional<SettlementApplication> byId(UUID id) {
		return find("id = :key", id, " FOR UPDATE");
	}

	private Optional<SettlementApplication> find(String where, UUID key, String lock) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM settlement_application WHERE " + where + lock)
			.param("key", key)
			.query(this::map)
			.optional();
	}

	/**
	 * Creates the seller's application unless it exists: of two racing first saves, one
	 * inserts and the other finds its row (R-APP-1, one per account).
	 * @return whether this call created it
	 */
	boolean start(UUID sellerId, String memberId, Instant now) {
		SettlementApplication fresh = SettlementApplication.start(sellerId, memberId);
		return this.jdbc
			.sql("INSERT INTO settlement_application (id, seller_id, member_id, attempt, status, created_at) "
					+ "VALUES (:id, :seller, :member, 1, 'DRAFT', :now) ON CONFLICT (seller_id) DO NOTHING")
			.param("id", fresh.id())
			.param("seller", sellerId)
			.param("member", memberId)
			.param("now", at(now))
			.update() == 1;
	}

	/**
	 * Persists a change made by the aggregate, if nobody changed the application
	 * meanwhile; its items are written as they are now, removed ones deleted (their
	 * documents with them).
	 */
	SettlementApplication save(SettlementApplication before, SettlementApplication after, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE settlement_application SET attempt = :attempt, status = :status, sales_plan = :plan, "
					+ "store_type = :type, business_scope = :scope, no_brand = :noBrand, review_case_id = :review, "
					+ "expected_decision = :expected, reasons = CAST(:reasons AS JSONB), approved_at = :approved, "
					+ "submitted_at = CASE WHEN :status = 'IN_REVIEW' AND status <> 'IN_REVIEW' THEN :now ELSE submitted_at END, "
					+ "decided_at = CASE WHEN :status IN ('APPROVED', 'REJECTED') AND status = 'IN_REVIEW' THEN :now ELSE decided_at END, "
					+ "version = version + 1 WHERE id = :id AND version = :version AND status = :from")
			.param("attempt", after.attempt())
			.param("status", after.status().name())
			.param("plan", after.salesPlan() != null ? after.salesPlan().name() : null)
			.param("type", after.storeType() != null ? after.storeType().name() : null)
			.param("scope", after.businessScope())
			.param("noBrand", after.noBrand())
			.param("review", after.reviewCaseId())
			.param("expected", at(after.expectedDecisionBy()))
			.param("reasons", this.json.writeValueAsString(after.reasons()))
			.param("approved", at(after.approvedAt()))
			.param("now", at(now))
			.param("id", before.id())
			.param("version", before.version())
			.param("from", before.status().name())
			.update();
		if (updated != 1) {
			throw new ConflictException("VERSION_CONFLICT");
		}
		Set<ItemRef> kept = after.items().stream().map(ApplicationItem::ref).collect(Collectors.toSet());
		for (ApplicationItem gone : before.items()) {
			if (!kept.contains(gone.ref())) {
				this.jdbc.sql("DELETE FROM settlement_item WHERE application_id = :id AND ref = :ref")
					.param("id", before.id())
					.param("ref", gone.key())
					.update();
			}
		}
		for (ApplicationItem item : after.items()) {
			if (!before.items().contains(item)) {
				upsert(after.id(), item);
			}
		}
		return byId(after.id()).orElseThrow();
	}

	private void upsert(UUID applicationId, ApplicationItem item) {
		Brand brand = item.brand();
		this.jdbc
			.sql("INSERT INTO settlement_item (application_id, ref, type, position, status, reasons, category_code, "
					+ "brand_name, trademark_number, trademark_status, ownership, trademark_class, trademark_owner, "
					+ "decided, expires_at, reminded_at) VALUES (:id, :ref, :type, :position, :status, "
					+ "CAST(:reasons AS JSONB), :category, :name, :number, :tmStatus, :ownership, :class, :owner, "
					+ "CAST(:decided AS JSONB), :expires, :reminded) ON CONFLICT (application_id, ref) DO UPDATE SET "
					+ "position = EXCLUDED.position, status = EXCLUDED.status, reasons = EXCLUDED.reasons, "
					+ "brand_name = EXCLUDED.brand_name, trademark_number = EXCLUDED.trademark_number, "
					+ "trademark_status = EXCLUDED.trademark_status, ownership = EXCLUDED.ownership, "
					+ "trademark_class = EXCLUDED.trademark_class, trademark_owner = EXCLUDED.trademark_owner, "
					+ "decided = EXCLUDED.decided, expires_at = EXCLUDED.expires_at, reminded_at = EXCLUDED.reminded_at")
			.param("id", applicationId)
			.param("ref", item.key())
			.param("type", item.type())
			.param("position", item.position())
			.param("status", item.status().name())
			.param("reasons", this.json.writeValueAsString(item.reasons()))
			.param("category", item.categoryCode())
			.param("name", brand != null ? brand.name() : null)
			.param("number", brand != null ? brand.trademarkNumber() : null)
			.param("tmStatus", brand != null && brand.trademarkStatus() != null ? brand.trademarkStatus().name() : null)
			.param("ownership", brand != null && brand.ownership() != null ? brand.ownership().name() : null)
			.param("class", brand != null ? brand.trademarkClass() : null)
			.param("owner", brand != null ? brand.owner() : null)
			.param("decided", item.decided() != null ? this.json.writeValueAsString(item.decided()) : null)
			.param("expires", at(item.expiresAt()))
			.param("reminded", at(item.remindedAt()))
			.update();
	}

	/**
	 * Approved TM-status marks that lapse before {@code before} and whose seller was not
	 * reminded yet; locked, so one instance reminds each (PRODUCT.md §4.6).
	 */
	List<Due> remindersDue(Instant before, Instant now) {
		return due("i.reminded_at IS NULL AND i.expires_at > :now AND i.expires_at <= :before", before, now);
	}

	/**
	 * Approved TM-status marks past their validity; locked, one instance expires each.
	 */
	List<Due> expiriesDue(Instant now) {
		return due("i.expires_at <= :now", now, now);
	}

	private List<Due> due(String condition, Instant before, Instant now) {
		return this.jdbc
			.sql("SELECT a.id AS application_id, a.seller_id, a.member_id, i.ref FROM settlement_item i "
					+ "JOIN settlement_application a ON a.id = i.application_id WHERE i.status = 'APPROVED' "
					+ "AND i.expires_at IS NOT NULL AND " + condition + " ORDER BY i.expires_at "
					+ "FOR UPDATE OF a SKIP LOCKED")
			.param("now", at(now))
			.param("before", at(before))
			.query((rs, row) -> new Due(rs.getObject("application_id", UUID.class),
					rs.getObject("seller_id", UUID.class), rs.getString("member_id"), ItemRef.of(rs.getString("ref"))))
			.list();
	}

	void reminded(UUID applicationId, ItemRef ref, Instant now) {
		this.jdbc.sql("UPDATE settlement_item SET reminded_at = :now WHERE application_id = :id AND ref = :ref")
			.param("now", at(now))
			.param("id", applicationId)
			.param("ref", ref.key())
			.update();
	}

	/** The application that holds this stored document, if any. */
	Optional<UUID> holding(UUID documentId) {
		return this.jdbc.sql("SELECT application_id FROM settlement_document WHERE document_id = :doc LIMIT 1")
			.param("doc", documentId)
			.query(UUID.class)
			.optional();
	}

	private List<ApplicationItem> items(UUID applicationId) {
		return this.jdbc
			.sql("SELECT " + ITEM_COLUMNS + " FROM settlement_item WHERE application_id = :id "
					+ "ORDER BY type DESC, position, ref")
			.param("id", applicationId)
			.query(this::mapItem)
			.list();
	}

	private SettlementApplication map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String plan = rs.getString("sales_plan");
		String type = rs.getString("store_type");
		return new SettlementApplication(id, rs.getObject("seller_id", UUID.class), rs.getString("member_id"),
				rs.getInt("attempt"), ApplicationStatus.valueOf(rs.getString("status")),
				plan != null ? SalesPlan.valueOf(plan) : null, type != null ? StoreType.valueOf(type) : null,
				rs.getString("business_scope"), rs.getBoolean("no_brand"), items(id),
				rs.getObject("review_case_id", UUID.class), instant(rs, "expected_decision"),
				this.json.readValue(rs.getString("reasons"), REASONS), instant(rs, "approved_at"),
				rs.getLong("version"));
	}

	private ApplicationItem mapItem(ResultSet rs, int row) throws SQLException {
		String category = rs.getString("category_code");
		Brand brand = null;
		if (category == null) {
			String status = rs.getString("trademark_status");
			String ownership = rs.getString("ownership");
			brand = new Brand(rs.getString("brand_name"), rs.getString("trademark_number"),
					status != null ? TrademarkStatus.valueOf(status) : null,
					ownership != null ? Ownership.valueOf(ownership) : null, (Integer) rs.getObject("trademark_class"),
					rs.getString("trademark_owner"));
		}
		String decided = rs.getString("decided");
		return new ApplicationItem(ItemRef.of(rs.getString("ref")), rs.getInt("position"),
				ItemStatus.valueOf(rs.getString("status")), this.json.readValue(rs.getString("reasons"), REASONS),
				category, brand, decided != null ? this.json.readValue(decided, ApplicationItem.Decided.class) : null,
				instant(rs, "expires_at"), instant(rs, "reminded_at"));
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value != null ? value.toInstant() : null;
	}

	/**
	 * A brand item whose TM-status mark is due a reminder or expiry.
	 *
	 * @param applicationId the application
	 * @param sellerId the account
	 * @param memberId its member ID
	 * @param ref the brand's item
	 */
	record Due(UUID applicationId, UUID sellerId, String memberId, ItemRef ref) {
	}

}
