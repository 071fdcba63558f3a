package io.kaidian.store.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.kaidian.review.ItemLabels;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;

/**
 * The reasons a store's name or domain change was rejected with (R-STORE-1), as the
 * seller reads them: the item's name, the catalogue's text and how to fix it, and the
 * reviewer's note, in the seller's language.
 */
@Component
class ChangeReasons {

	private final ReasonCatalogue catalogue;

	private final ItemLabels items;

	ChangeReasons(ReasonCatalogue catalogue, ItemLabels items) {
		this.catalogue = catalogue;
		this.items = items;
	}

	List<Explained> explain(List<Reason> reasons, Locale locale) {
		return reasons.stream()
			.map((reason) -> new Explained(reason.field(), this.items.label(reason.field(), locale), reason.code(),
					this.catalogue.find(reason.code(), locale)
						.map((entry) -> entry.text() + " " + entry.howToFix())
						.orElse(reason.code())
							+ (reason.message() == null || reason.message().isBlank() ? "" : " — " + reason.message())))
			.toList();
	}

	/**
	 * One reason explained.
	 *
	 * @param field {@code STORE_NAME} or {@code STORE_DOMAIN}
	 * @param item that field's name in the reader's language
	 * @param code the reason's code
	 * @param message what is wrong and how to fix it, with the reviewer's note
	 */
	record Explained(String field, String item, String code, String message) {
	}

}
