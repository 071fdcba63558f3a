package io.kaidian.settlement;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.kaidian.identity.SubjectType;

/**
 * What a seller may choose now, for pages that explain the rules before the seller hits
 * them.
 *
 * @param identityApproved whether the identity is approved (the application needs it,
 * R-APP-1)
 * @param subjectType the approved subject type, if any
 * @param plans every sales plan, with whether this seller may choose it (R-APP-2)
 * @param lockedFields the fields and items the next save may not change
 * ({@code salesPlan}, {@code storeType}, {@code businessScope}, {@code noBrand},
 * {@code category:<code>}, {@code brand:<index>}): approved items and what they rest on
 * (PRODUCT.md §4.2)
 * @param editable whether the application can be saved now (not in review, not approved)
 * @param maxBrands the most brands one application may carry (R-APP-3)
 */
public record Choices(boolean identityApproved, @Nullable SubjectType subjectType, List<PlanChoice> plans,
		Set<String> lockedFields, boolean editable, int maxBrands) {

	public Choices {
		plans = List.copyOf(plans);
		lockedFields = Set.copyOf(lockedFields);
	}

	/**
	 * One sales plan for this seller.
	 *
	 * @param plan the plan
	 * @param terms its terms (product limit, names)
	 * @param allowed whether this seller may choose it now
	 * @param reasonCode why not, e.g. {@code PLAN_NOT_ALLOWED_FOR_SUBJECT} (R-APP-2), or
	 * {@code IDENTITY_NOT_APPROVED}
	 * @param upgrade what an individual business must reach to upgrade to it (R-APP-2)
	 */
	public record PlanChoice(SalesPlan plan, PlanTerms terms, boolean allowed, @Nullable String reasonCode,
			PlanTerms.@Nullable UpgradeConditions upgrade) {
	}

}
