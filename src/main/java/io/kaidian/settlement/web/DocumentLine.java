package io.kaidian.settlement.web;

import java.util.List;

import io.kaidian.settlement.ItemRef;

/**
 * One required document.
 *
 * @param id its element's id
 * @param kind the document kind
 * @param status NONE, UPLOADED, ACCEPTED or REJECTED
 * @param carriedOver accepted earlier and kept
 * @param checked whether automated checks ran
 * @param failedChecks the checks it failed, in words
 * @param uploadable whether the seller may upload it now
 * @param action where the upload posts
 */
record DocumentLine(String id, String kind, String status, boolean carriedOver, boolean checked,
		List<String> failedChecks, boolean uploadable, String action) {

	/**
	 * {@code category:shoes} and {@code PRODUCT_CHECKLIST}:
	 * {@code category-shoes--PRODUCT_CHECKLIST}.
	 */
	static String id(ItemRef ref, String kind) {
		return switch (ref) {
			case ItemRef.CategoryRef category -> "category-" + category.code() + "--" + kind;
			case ItemRef.BrandRef brand -> "brand-" + brand.index() + "--" + kind;
		};
	}

}
