package io.kaidian.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A case passed its due time undecided: it is in the escalation view and marked late for
 * the seller (PRODUCT.md §4.3).
 *
 * @param caseId the case
 * @param queue its queue
 * @param subjectRef the owner's reference
 * @param sellerId the seller
 * @param dueBy when it was due
 * @param escalatedAt when it was escalated
 */
public record CaseEscalated(UUID caseId, Queue queue, String subjectRef, UUID sellerId, Instant dueBy,
		Instant escalatedAt) {
}
