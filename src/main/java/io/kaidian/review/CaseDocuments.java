package io.kaidian.review;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.kaidian.platform.rules.NotFoundException;

/**
 * A case's documents for its reader, inline (ADR 0030): only a reviewer who may read the
 * case (its queue, no conflict of interest) gets them, and only the documents the case
 * names, by their place in its subject. The owner of the queue serves the pages.
 */
@Service
public class CaseDocuments {

	private final ReviewDesk reviews;

	private final List<CaseMaterials> owners;

	CaseDocuments(ReviewDesk reviews, List<CaseMaterials> owners) {
		this.reviews = reviews;
		this.owners = List.copyOf(owners);
	}

	/**
	 * Page {@code page} of the case's document number {@code index}.
	 * @throws NotFoundException no such case, document or page
	 * @throws io.kaidian.platform.rules.ForbiddenException the reader may not read the
	 * case
	 */
	public CaseMaterials.DocumentPage page(UUID caseId, int index, int page, UUID reviewer) {
		ReviewCase c = this.reviews.view(caseId, reviewer).reviewCase();
		List<ReviewSubject.Document> documents = c.subject().documents();
		if (index < 0 || index >= documents.size() || page < 1) {
			throw new NotFoundException();
		}
		return owner(c.queue()).page(documents.get(index).link(), page, reviewer);
	}

	/** How many pages each document of the case has (0: not available), in order. */
	public List<Integer> pages(ReviewCase c) {
		CaseMaterials owner = owner(c.queue());
		return c.subject().documents().stream().map((document) -> owner.pages(document.link())).toList();
	}

	/** The fields of the case's queue whose full value its assigned reviewer may see. */
	public Set<String> revealable(Queue queue) {
		return this.owners.stream()
			.filter((owner) -> owner.queue() == queue)
			.findFirst()
			.map(CaseMaterials::revealable)
			.orElse(Set.of());
	}

	CaseMaterials owner(Queue queue) {
		return this.owners.stream()
			.filter((owner) -> owner.queue() == queue)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
