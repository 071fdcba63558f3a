package io.kaidian.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A case entered a queue; the seller's checklist shows when a decision is expected.
 *
 * @param caseId the case
 * @param queue its queue
 * @param subjectRef the owner's reference
 * @param sellerId the seller
 * @param dueBy the expected decision time on the working-day calendar
 */
public record CaseOpened(UUID caseId, Queue queue, String subjectRef, UUID sellerId, Instant dueBy) {
}
