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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.Violation;

/**
 * The stores (R-STORE-1, R-OPEN-1). Name and domain are unique in the database, so two
 * sellers racing for one domain get one store and one {@code DOMAIN_TAKEN}.
 */
@Repository
class Stores {

	private static final String COLUMNS = "id, seller_id, member_id, name, domain, official, brand_official_url, "
			+ "brand_story, logo_document_id, banner_document_id, status, published_products, opened_at, version";

	private final JdbcClient jdbc;

	Stores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Store> of(UUID sellerId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store WHERE seller_id = :seller")
			.param("seller", sellerId)
			.query(Stores::map)
			.optional();
	}

	/**
	 * The seller's store, its row locked until the transaction ends: publishes racing for
	 * the opening are applied one after another.
	 */
	Optional<Store> lockedOf(UUID sellerId) {
		// a row lock cannot guard the first insert: the seller's own racing saves would
		// collide on the unique name instead of the second one updating the first
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "store:" + sellerId)
			.query(Object.class)
			.list();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store WHERE seller_id = :seller FOR UPDATE")
			.param("seller", sellerId)
			.query(Stores::map)
			.optional();
	}

	Optional<Store> byDomain(String domain) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store WHERE domain = :domain")
			.param("domain", domain)
			.query(Stores::map)
			.optional();
	}

	/** The domain an old domain redirects to, while its redirect lasts. */
	Optional<String> redirected(String oldDomain, Instant now) {
		return this.jdbc
			.sql("SELECT s.domain FROM store_domain_redirect r JOIN store s ON s.id = r.store_id "
					+ "WHERE r.domain = :domain AND r.expires_at > :now")
			.param("domain", oldDomain)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional();
	}

	/** Whether a name (folded) or domain is taken by another store, or redirected. */
	boolean domainHeld(String domain, UUID exceptStore, Instant now) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM store WHERE domain = :domain AND id <> :store) OR EXISTS "
					+ "(SELECT 1 FROM store_domain_redirect WHERE domain = :domain AND store_id <> :store "
					+ "AND expires_at > :now)")
			.param("domain", domain)
			.param("store", exceptStore)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

	boolean nameTaken(String nameKey, UUID exceptStore) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM store WHERE name_key = :key AND id <> :store)")
			.param("key", nameKey)
			.param("store", exceptStore)
			.query(Boolean.class)
			.single();
	}

	void insert(Store store, String nameKey, Instant now) {
		try {
			this.jdbc
				.sql("INSERT INTO store (" + COLUMNS + ", name_key, created_at, updated_at) VALUES (:id, :seller, "
						+ ":member, :name, :domain, :official, :url, :story, :logo, :banner, :status, :published, "
						+ ":openedAt, :version, :key, :now, :now)")
				.paramSource(params(store, nameKey, now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
	}

	/** Saves a change; {@code 409 VERSION_CONFLICT} when another change came first. */
	void update(Store store, String nameKey, long expectedVersion, Instant now) {
		int updated;
		try {
			updated = this.jdbc
				.sql("UPDATE store SET name = :name, name_key = :key, domain = :domain, official = :official, "
						+ "brand_official_url = :url, brand_story = :story, logo_document_id = :logo, "
						+ "banner_document_id = :banner, status = :status, opened_at = :openedAt, "
						+ "version = :version, updated_at = :now WHERE id = :id AND version = :expected")
				.paramSource(params(store, nameKey, now).addValue("expected", expectedVersion))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
		if (updated == 0) {
			throw new ConflictException("VERSION_CONFLICT");
		}
	}

	/** Points the store's logo or banner at a stored image, moving the version. */
	void image(UUID storeId, StoreImage kind, UUID documentId, Instant now) {
		String column = (kind == StoreImage.LOGO) ? "logo_document_id" : "banner_document_id";
		this.jdbc
			.sql("UPDATE store SET " + column + " = :document, version = version + 1, updated_at = :now "
					+ "WHERE id = :id")
			.param("document", documentId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", storeId)
			.update();
	}

	void published(UUID storeId, int count) {
		this.jdbc.sql("UPDATE store SET published_products = :count WHERE id = :id")
			.param("count", count)
			.param("id", storeId)
			.update();
	}

	void redirect(String oldDomain, UUID storeId, Instant until) {
		this.jdbc
			.sql("INSERT INTO store_domain_redirect (domain, store_id, expires_at) VALUES (:domain, :store, :until) "
					+ "ON CONFLICT (domain) DO UPDATE SET store_id = EXCLUDED.store_id, expires_at = EXCLUDED.expires_at")
			.param("domain", oldDomain)
			.param("store", storeId)
			.param("until", until.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Ends a redirect: its domain is a store's own again. */
	void unredirect(String domain) {
		this.jdbc.sql("DELETE FROM store_domain_redirect WHERE domain = :domain").param("domain", domain).update();
	}

	/** Open stores with fewer published products than the opening needed (R-OPEN-1). */
	List<Store> openWithFewerThan(int threshold) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM store WHERE status = 'OPEN' AND published_products < :threshold "
					+ "ORDER BY published_products, opened_at")
			.param("threshold", threshold)
			.query(Stores::map)
			.list();
	}

	private static ConflictException duplicate(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("store_domain_unique")) {
			return new ConflictException("DOMAIN_TAKEN", List.of(Violation.of("domain", "DOMAIN_TAKEN")));
		}
		if (message.contains("store_name_unique")) {
			return new ConflictException("STORE_NAME_TAKEN", List.of(Violation.of("name", "STORE_NAME_TAKEN")));
		}
		return new ConflictException("STORE_EXISTS");
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Store store, String nameKey,
			Instant now) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", store.id())
			.addValue("seller", store.sellerId())
			.addValue("member", store.memberId())
			.addValue("name", store.name())
			.addValue("key", nameKey)
			.addValue("domain", store.domain())
			.addValue("official", store.official())
			.addValue("url", store.brandOfficialUrl())
			.addValue("story", store.brandStory())
			.addValue("logo", store.logoDocumentId())
			.addValue("banner", store.bannerDocumentId())
			.addValue("status", store.status().name())
			.addValue("published", store.publishedProducts())
			.addValue("openedAt", offset(store.openedAt()))
			.addValue("version", store.version())
			.addValue("now", now.atOffset(ZoneOffset.UTC));
	}

	private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Store map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime opened = rs.getObject("opened_at", OffsetDateTime.class);
		return new Store(rs.getObject("id", UUID.class), rs.getObject("seller_id", UUID.class),
				rs.getString("member_id"), rs.getString("name"), rs.getString("domain"), rs.getBoolean("official"),
				rs.getString("brand_official_url"), rs.getString("brand_story"),
				rs.getObject("logo_document_id", UUID.class), rs.getObject("banner_document_id", UUID.class),
				StoreStatus.valueOf(rs.getString("status")), rs.getInt("published_products"),
				opened != null ? opened.toInstant() : null, rs.getLong("version"));
	}

}
