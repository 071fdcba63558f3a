package io.kaidian.identity;

import java.util.UUID;

/**
 * A seller's identity was approved and its subject bound to the account for good.
 *
 * @param sellerId the account
 * @param memberId its member ID
 * @param caseId the approved case
 * @param subjectType enterprise or individual business
 */
public record IdentityApproved(UUID sellerId, String memberId, UUID caseId, SubjectType subjectType) {
}
