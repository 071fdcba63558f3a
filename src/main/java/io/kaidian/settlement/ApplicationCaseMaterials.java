package io.kaidian.settlement;

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
 * What the application queue's reviewer gets on request (ADR 0030): the application's
 * documents as page images (licences are often PDFs). An application's summary masks no
 * number, so nothing is revealed.
 */
@Component
class ApplicationCaseMaterials implements CaseMaterials {

	private final ApplicationLookup lookup;

	private final Documents documents;

	ApplicationCaseMaterials(ApplicationLookup lookup, Documents documents) {
		this.lookup = lookup;
		this.documents = documents;
	}

	@Override
	public Queue queue() {
		return Queue.APPLICATION;
	}

	@Override
	public Set<String> revealable() {
		return Set.of();
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
		return Optional.empty();
	}

	/**
	 * The document behind a link of the application's, if it is one of an application's.
	 */
	private Optional<DocumentId> documentOf(String link) {
		String prefix = ReviewSubjectAssembler.DOCUMENT_LINK;
		if (!link.startsWith(prefix)) {
			return Optional.empty();
		}
		try {
			UUID id = UUID.fromString(link.substring(prefix.length()));
			return this.lookup.holdsDocument(id) ? Optional.of(new DocumentId(id)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
