package io.kaidian.identity;

import java.util.List;
import java.util.UUID;

import io.kaidian.review.Reason;

/**
 * A seller's identity case was refused (by a reviewer, by a rule at approval, or by the
 * Alipay step) or expired.
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param caseId the case
 * @param reasons why, each naming the item to fix
 */
public record IdentityRejected(UUID sellerId, String memberId, UUID caseId, List<Reason> reasons) {
}
