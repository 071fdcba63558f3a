package io.kaidian.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reviewer decided some items of a case and left the rest for later (R-APP-5: a brand
 * is decided within its 7 working days, before the whole application). The case stays
 * open; its owner may tell the seller early. Once the last item is decided the case is
 * decided and {@link CaseDecided} follows with every item, so an owner that applies only
 * {@code CaseDecided} misses nothing.
 *
 * @param caseId the case
 * @param queue its queue
 * @param subjectRef the owner's reference given when the case was opened
 * @param sellerId the seller
 * @param memberId the seller's member ID
 * @param items the items decided now, with their outcomes and reasons
 * @param remaining the items still to decide
 * @param decidedBy the reviewer
 * @param decidedAt when
 */
public record ItemsDecided(UUID caseId, Queue queue, String subjectRef, UUID sellerId, String memberId,
		List<CaseDecided.ItemDecision> items, List<String> remaining, UUID decidedBy, Instant decidedAt) {
}
