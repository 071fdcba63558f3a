package io.kaidian.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A product's images, in order: position 0 is the one the storefront shows. */
@Repository
class ProductImages {

	private final JdbcClient jdbc;

	ProductImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The document ids of a product's images, in order. */
	List<UUID> of(UUID productId) {
		return this.jdbc
			.sql("SELECT document_id FROM catalog_product_image WHERE product_id = :product ORDER BY position")
			.param("product", productId)
			.query(UUID.class)
			.list();
	}

	/** The images of each of the seller's products not deleted, in order, by product. */
	Map<UUID, List<UUID>> ofSeller(UUID sellerId) {
		return this.jdbc
			.sql("SELECT i.product_id, i.document_id FROM catalog_product_image i "
					+ "JOIN catalog_product p ON p.id = i.product_id WHERE p.seller_id = :seller "
					+ "AND p.deleted_at IS NULL ORDER BY i.product_id, i.position")
			.param("seller", sellerId)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Each of the seller's published products' first image, by product. */
	Map<UUID, UUID> firstOfPublished(UUID sellerId) {
		return this.jdbc
			.sql("SELECT i.product_id, i.document_id FROM catalog_product_image i "
					+ "JOIN catalog_product p ON p.id = i.product_id WHERE p.seller_id = :seller "
					+ "AND p.deleted_at IS NULL AND p.status = 'PUBLISHED' AND i.position = 0")
			.param("seller", sellerId)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Whether the image belongs to a published product of the seller. */
	boolean isPublished(UUID sellerId, UUID documentId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM catalog_product_image i JOIN catalog_product p ON p.id = i.product_id "
					+ "WHERE i.document_id = :document AND p.seller_id = :seller AND p.deleted_at IS NULL "
					+ "AND p.status = 'PUBLISHED')")
			.param("document", documentId)
			.param("seller", sellerId)
			.query(Boolean.class)
			.single();
	}

	/** Replaces the product's images by these, in this order. */
	void replace(UUID productId, List<UUID> documentIds) {
		this.jdbc.sql("DELETE FROM catalog_product_image WHERE product_id = :product")
			.param("product", productId)
			.update();
		for (int position = 0; position < documentIds.size(); position++) {
			this.jdbc
				.sql("INSERT INTO catalog_product_image (product_id, position, document_id) "
						+ "VALUES (:product, :position, :document)")
				.param("product", productId)
				.param("position", position)
				.param("document", documentIds.get(position))
				.update();
		}
	}

}
