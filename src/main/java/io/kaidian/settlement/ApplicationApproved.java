package io.kaidian.settlement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Every item of a seller's settlement application is approved: the fees of its scope and
 * plan fall due (R-FEE-1), the exam opens (R-EXAM-1), and the store may sell in these
 * categories and brands (R-OPEN-1).
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param applicationId the application
 * @param businessScope the scope's code
 * @param salesPlan the plan
 * @param storeType the store type
 * @param categories the approved category codes
 * @param brands the approved brands
 * @param noBrand whether the store sells unbranded goods (general store)
 * @param approvedAt when
 */
@NamedInterface("events")
public record ApplicationApproved(UUID sellerId, String memberId, UUID applicationId, String businessScope,
		SalesPlan salesPlan, StoreType storeType, List<String> categories, List<ApprovedBrand> brands, boolean noBrand,
		Instant approvedAt) {

	public ApplicationApproved {
		categories = List.copyOf(categories);
		brands = List.copyOf(brands);
	}

}
