package io.kaidian.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reviewer decided a case. The module that opened it applies the decision (identity,
 * settlement); the seller's checklist follows.
 *
 * @param caseId the case
 * @param queue its queue
 * @param subjectRef the owner's reference given when the case was opened
 * @param sellerId the seller
 * @param memberId the seller's member ID
 * @param outcome approved, or rejected with reasons
 * @param reasons the coded reasons of a rejection
 * @param items item-by-item outcomes of an application case, empty otherwise
 * @param decidedBy the reviewer
 * @param decidedAt when
 */
public record CaseDecided(UUID caseId, Queue queue, String subjectRef, UUID sellerId, String memberId, Outcome outcome,
		List<Reason> reasons, List<ItemDecision> items, UUID decidedBy, Instant decidedAt) {

	/**
	 * @param ref the item, {@code category:<code>} or {@code brand:<index>}
	 * @param outcome its outcome
	 * @param reasons why, if rejected
	 */
	public record ItemDecision(String ref, Outcome outcome, List<Reason> reasons) {
	}

}
