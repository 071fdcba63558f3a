package io.kaidian.catalog;

/** Where a product stands. */
public enum ProductStatus {

	/** created, not for sale */
	DRAFT,

	/** for sale on the storefront */
	PUBLISHED,

	/** taken off sale, by the seller or because its category or brand was withdrawn */
	UNPUBLISHED

}
