package io.kaidian.review;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the module owning a queue hands the reviewer on request, beyond the
 * {@link ReviewSubject} it described the case with (ADR 0030): a document's pages as
 * images, and the full value of a masked number. Review never imports its owners: each
 * owner implements this for its queue as a bean; review checks who may ask before it
 * asks.
 */
public interface CaseMaterials {

	/** The queue whose cases this owner describes. */
	Queue queue();

	/**
	 * The summary fields shown masked that the assigned reviewer may reveal, e.g.
	 * {@code personIdNumber}.
	 */
	Set<String> revealable();

	/**
	 * How many pages the document behind {@code link} (a {@link ReviewSubject.Document}'s
	 * link) has; 0 when it is not one of this owner's documents or no longer there.
	 */
	int pages(String link);

	/**
	 * One page of the document behind {@code link} as an image, the view recorded for
	 * {@code reviewer}.
	 * @param page from 1
	 * @throws io.kaidian.platform.rules.NotFoundException not this owner's document, or
	 * no such page
	 */
	DocumentPage page(String link, int page, UUID reviewer);

	/**
	 * The full value of a revealable field of the case {@code reviewCaseId}.
	 * @return empty when the case or the field has no value
	 */
	Optional<String> fullValue(UUID reviewCaseId, String field);

	/**
	 * A page of a document as an image.
	 *
	 * @param mediaType {@code image/jpeg} or {@code image/png}
	 * @param content the image
	 * @param page which page, from 1
	 * @param pages how many the document has
	 */
	record DocumentPage(String mediaType, byte[] content, int page, int pages) {
	}

}
