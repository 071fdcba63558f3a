package io.kaidian.review;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.review.CaseHistory.Step;

/**
 * "Show full number" (ADR 0030): the reviewer working a case may see a masked ID number
 * or credit code in full, to check it against the document. Purpose-bound access (PIPL):
 * only the reviewer the open case is assigned to, only the fields its owner names, and
 * every reveal is recorded in the audit trail (who, when, which case, which field) in the
 * same transaction as the value is read.
 */
@Service
public class NumberReveal {

	private final ReviewDesk reviews;

	private final CaseDocuments owners;

	private final CaseHistory history;

	NumberReveal(ReviewDesk reviews, CaseDocuments owners, CaseHistory history) {
		this.reviews = reviews;
		this.owners = owners;
		this.history = history;
	}

	/**
	 * The full value of {@code field} of the case, recorded as revealed to
	 * {@code reviewer}.
	 * @throws ForbiddenException {@code NOT_ASSIGNED}: the case is not open and the
	 * reviewer's
	 * @throws NotFoundException no such case, or the field cannot be revealed
	 */
	@Transactional
	public String reveal(UUID caseId, String field, UUID reviewer) {
		ReviewCase c = this.reviews.view(caseId, reviewer).reviewCase();
		if (c.status() != ReviewCase.Status.OPEN || !reviewer.equals(c.assignee())) {
			throw new ForbiddenException("NOT_ASSIGNED");
		}
		CaseMaterials owner = this.owners.owner(c.queue());
		if (!owner.revealable().contains(field)) {
			throw new NotFoundException();
		}
		String value = owner.fullValue(caseId, field).orElseThrow(NotFoundException::new);
		this.history.record(c, Step.NUMBER_REVEALED, reviewer, null, Map.of("field", field));
		return value;
	}

}
