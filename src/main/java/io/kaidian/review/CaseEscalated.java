package io.kaidian.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case passed its next deadline undecided: its own due time, or an item's that is due
 * earlier (R-APP-5: a brand after 7 working days). It is in the escalation view and
 * marked late for the seller (PRODUCT.md §4.3); a case escalates once.
 *
 * @param caseId the case
 * @param queue its queue
 * @param subjectRef the owner's reference
 * @param sellerId the seller
 * @param dueBy the deadline that passed
 * @param escalatedAt when it was escalated
 * @param overdueItems the undecided items past their due time ({@code brand:0}, …); empty
 * for a case decided as a whole
 */
public record CaseEscalated(UUID caseId, Queue queue, String subjectRef, UUID sellerId, Instant dueBy,
		Instant escalatedAt, List<String> overdueItems) {

	public CaseEscalated {
		overdueItems = List.copyOf(overdueItems);
	}

}
