package io.kaidian.settlement.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A category of the chosen scope (R-APP-4).
 *
 * @param code its code
 * @param name its name
 * @param requiresQualification whether a qualification document is needed
 * @param requiresChecklist whether a product checklist is needed
 * @param allowsNoBrand whether unbranded goods may be sold in it
 * @param checked whether it is chosen
 * @param allowed whether it may be chosen with the store type
 * @param locked approved: cannot be removed
 * @param status its item's status, if it was submitted
 * @param reasons why it was rejected
 */
record CategoryOption(String code, String name, boolean requiresQualification, boolean requiresChecklist,
		boolean allowsNoBrand, boolean checked, boolean allowed, boolean locked, @Nullable String status,
		List<ReasonLine> reasons) {
}
