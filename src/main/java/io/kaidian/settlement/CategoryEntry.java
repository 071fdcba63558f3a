package io.kaidian.settlement;

/**
 * A category as operators see it.
 *
 * @param code the category's code
 * @param scopeCode the scope it belongs to, for good
 * @param nameEn its English name
 * @param nameZh its Chinese name
 * @param requiresQualification whether a qualification document must be uploaded
 * @param allowsNoBrand whether unbranded goods may be sold in it
 * @param requiresProductChecklist whether a product checklist must be uploaded
 * @param position where it stands in its scope, lowest first
 * @param active whether sellers see it
 */
public record CategoryEntry(String code, String scopeCode, String nameEn, String nameZh, boolean requiresQualification,
		boolean allowsNoBrand, boolean requiresProductChecklist, int position, boolean active) {
}
