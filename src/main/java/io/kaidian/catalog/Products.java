package io.kaidian.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.money.Money;

/** The products; a deleted one is kept, marked, and counts for nothing. */
@Repository
class Products {

	private static final String COLUMNS = "id, seller_id, title, category_code, brand, price, currency, stock, status, "
			+ "withdrawn_reason";

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the seller's catalogue changes until the transaction ends: the plan
	 * limit and the published count are then exact under concurrent requests.
	 */
	void lockSeller(UUID sellerId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "catalog:" + sellerId)
			.query(Object.class)
			.list();
	}

	Optional<Product> of(UUID sellerId, UUID productId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM catalog_product WHERE id = :id AND seller_id = :seller "
					+ "AND deleted_at IS NULL")
			.param("id", productId)
			.param("seller", sellerId)
			.query(Products::map)
			.optional();
	}

	List<Product> ofSeller(UUID sellerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM catalog_product WHERE seller_id = :seller AND deleted_at IS NULL "
					+ "ORDER BY created_at, id")
			.param("seller", sellerId)
			.query(Products::map)
			.list();
	}

	List<Product> published(UUID sellerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM catalog_product WHERE seller_id = :seller AND deleted_at IS NULL "
					+ "AND status = 'PUBLISHED' ORDER BY updated_at DESC, id")
			.param("seller", sellerId)
			.query(Products::map)
			.list();
	}

	/** Products not deleted: what the plan's limit counts. */
	int counted(UUID sellerId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM catalog_product WHERE seller_id = :seller AND deleted_at IS NULL")
			.param("seller", sellerId)
			.query(Integer.class)
			.single();
	}

	int publishedCount(UUID sellerId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM catalog_product WHERE seller_id = :seller AND deleted_at IS NULL "
					+ "AND status = 'PUBLISHED'")
			.param("seller", sellerId)
			.query(Integer.class)
			.single();
	}

	void insert(Product product, Instant now) {
		this.jdbc
			.sql("INSERT INTO catalog_product (" + COLUMNS + ", created_at, updated_at) VALUES (:id, :seller, :title, "
					+ ":category, :brand, :price, :currency, :stock, :status, NULL, :now, :now)")
			.param("id", product.id())
			.param("seller", product.sellerId())
			.param("title", product.title())
			.param("category", product.categoryCode())
			.param("brand", product.brand())
			.param("price", product.price().amount())
			.param("currency", product.price().currency())
			.param("stock", product.stock())
			.param("status", product.status().name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void update(Product product, Instant now) {
		this.jdbc
			.sql("UPDATE catalog_product SET title = :title, category_code = :category, brand = :brand, "
					+ "price = :price, stock = :stock, status = :status, withdrawn_reason = :reason, updated_at = :now "
					+ "WHERE id = :id")
			.param("id", product.id())
			.param("title", product.title())
			.param("category", product.categoryCode())
			.param("brand", product.brand())
			.param("price", product.price().amount())
			.param("stock", product.stock())
			.param("status", product.status().name())
			.param("reason", product.withdrawnReason())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void delete(UUID productId, Instant now) {
		this.jdbc.sql("UPDATE catalog_product SET deleted_at = :now, updated_at = :now WHERE id = :id")
			.param("id", productId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Unpublishes the seller's published products of a withdrawn brand or category.
	 * @return the titles unpublished
	 */
	List<String> withdraw(UUID sellerId, @Nullable String brand, @Nullable String category, String reason,
			Instant now) {
		return this.jdbc
			.sql("UPDATE catalog_product SET status = 'UNPUBLISHED', withdrawn_reason = :reason, updated_at = :now "
					+ "WHERE seller_id = :seller AND deleted_at IS NULL AND status = 'PUBLISHED' "
					+ "AND ((CAST(:brand AS TEXT) IS NOT NULL AND lower(brand) = lower(CAST(:brand AS TEXT))) "
					+ "OR (CAST(:category AS TEXT) IS NOT NULL AND category_code = CAST(:category AS TEXT))) "
					+ "RETURNING title")
			.param("seller", sellerId)
			.param("brand", brand)
			.param("category", category)
			.param("reason", reason)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.list();
	}

	private static Product map(ResultSet rs, int row) throws SQLException {
		return new Product(rs.getObject("id", UUID.class), rs.getObject("seller_id", UUID.class), rs.getString("title"),
				rs.getString("category_code"), rs.getString("brand"),
				new Money(rs.getBigDecimal("price"), rs.getString("currency")), rs.getInt("stock"),
				ProductStatus.valueOf(rs.getString("status")), rs.getString("withdrawn_reason"));
	}

}
