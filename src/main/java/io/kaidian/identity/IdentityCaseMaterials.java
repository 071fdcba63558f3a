package io.kaidian.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.kaidian.documents.DocumentId;
import io.kaidian.documents.Documents;
import io.kaidian.documents.PageImage;
import io.kaidian.review.CaseMaterials;
import io.kaidian.review.Queue;

/**
 * What the identity queue's reviewer gets on request (ADR 0030): the case's documents as
 * page images, and the credit code and ID number in full, which the case's summary shows
 * masked. Review has checked who asks before it asks.
 */
@Component
class IdentityCaseMaterials implements CaseMaterials {

	/** The documents' links, as {@link IdentityReviewSubject} writes them. */
	static final String LINK = "/api/v1/review/identity/documents/";

	private final IdentityCases cases;

	private final Documents documents;

	IdentityCaseMaterials(IdentityCases cases, Documents documents) {
		this.cases = cases;
		this.documents = documents;
	}

	@Override
	public Queue queue() {
		return Queue.IDENTITY;
	}

	@Override
	public Set<String> revealable() {
		return Set.of("creditCode", "personIdNumber");
	}

	@Override
	public int pages(String link) {
		return this.documents.pagesForReview(documentOf(link));
	}

	@Override
	public DocumentPage page(String link, int page, UUID reviewer) {
		PageImage image = this.documents.pageForReview(documentOf(link), reviewer, page);
		return new DocumentPage(image.mediaType(), image.content(), image.page(), image.pages());
	}

	@Override
	public Optional<String> fullValue(UUID reviewCaseId, String field) {
		return this.cases.byReviewCase(reviewCaseId).map((c) -> switch (field) {
			case "creditCode" -> c.creditCode();
			case "personIdNumber" -> c.personIdNumber();
			default -> null;
		});
	}

	static Optional<DocumentId> documentOf(String link) {
		if (!link.startsWith(LINK)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new DocumentId(UUID.fromString(link.substring(LINK.length()))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
