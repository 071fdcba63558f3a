package io.kaidian.store;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.review.CaseMaterials;
import io.kaidian.review.Queue;

/**
 * What the store-change queue's reviewer gets on request (ADR 0030): nothing beyond the
 * case's summary, since a name or domain change has no documents and no masked numbers.
 */
@Component
class StoreChangeCaseMaterials implements CaseMaterials {

	@Override
	public Queue queue() {
		return Queue.STORE_CHANGE;
	}

	@Override
	public Set<String> revealable() {
		return Set.of();
	}

	@Override
	public int pages(String link) {
		return 0;
	}

	@Override
	public DocumentPage page(String link, int page, UUID reviewer) {
		throw new NotFoundException();
	}

	@Override
	public Optional<String> fullValue(UUID reviewCaseId, String field) {
		return Optional.empty();
	}

}
