package io.kaidian.settlement;

import java.util.Locale;

/**
 * A category of a business scope, applied for separately (R-APP-4).
 *
 * @param code the category's code, e.g. {@code womens-clothing}
 * @param nameEn its English name
 * @param nameZh its Chinese name
 * @param requiresQualification whether a qualification document must be uploaded
 * @param allowsNoBrand whether unbranded goods may be sold in it (general stores)
 * @param requiresProductChecklist whether a product checklist must be uploaded
 */
public record Category(String code, String nameEn, String nameZh, boolean requiresQualification, boolean allowsNoBrand,
		boolean requiresProductChecklist) {

	/** The name in the given language (Chinese for any {@code zh} locale). */
	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

}
