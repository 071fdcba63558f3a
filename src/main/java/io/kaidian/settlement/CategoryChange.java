package io.kaidian.settlement;

import org.jspecify.annotations.Nullable;

/**
 * What an operator sets a category to.
 *
 * @param nameEn its English name, 1–80 characters
 * @param nameZh its Chinese name, 1–40 characters
 * @param requiresQualification whether a qualification document must be uploaded
 * @param allowsNoBrand whether unbranded goods may be sold in it
 * @param requiresProductChecklist whether a product checklist must be uploaded
 * @param position where it stands in its scope; kept (or last) when omitted
 * @param active whether sellers see it; kept (or true) when omitted
 */
public record CategoryChange(@Nullable String nameEn, @Nullable String nameZh, @Nullable Boolean requiresQualification,
		@Nullable Boolean allowsNoBrand, @Nullable Boolean requiresProductChecklist, @Nullable Integer position,
		@Nullable Boolean active) {
}
