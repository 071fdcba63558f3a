package io.kaidian.settlement;

/** The documents of a category (R-APP-4). */
public enum CategoryDocumentKind {

	/** the qualification a category with {@code requiresQualification} asks for */
	CATEGORY_QUALIFICATION,

	/** the product checklist a category with {@code requiresProductChecklist} asks for */
	PRODUCT_CHECKLIST

}
