package io.kaidian.review;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an item or a document is named to people, in their language: {@code brand:0} is
 * "Brand no. 1", {@code category:shoes} "Category “shoes”", an item's document
 * {@code brand:0.TRADEMARK_CERTIFICATE} "Brand no. 1 — Trademark certificate", a document
 * kind or data field its own label. Used by the reviewer's pages and by the reasons told
 * to sellers, so neither shows a raw reference.
 */
@Component
public class ItemLabels {

	private final MessageSource messages;

	ItemLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String label(String ref, Locale locale) {
		int colon = ref.indexOf(':');
		int dot = ref.indexOf('.', Math.max(colon, 0));
		if (colon > 0 && dot > colon) {
			return label(ref.substring(0, dot), locale) + " — " + label(ref.substring(dot + 1), locale);
		}
		if (colon > 0) {
			String kind = ref.substring(0, colon);
			String which = ref.substring(colon + 1);
			if (kind.equals("brand") && which.matches("\\d{1,4}")) {
				// brand:<index> counts from 0; people count from 1
				which = String.valueOf(Integer.parseInt(which) + 1);
			}
			return this.messages.getMessage("review-item." + kind, new Object[] { which }, ref, locale);
		}
		return this.messages.getMessage("review-item." + ref, null,
				this.messages.getMessage("review-field." + ref, null, ref, locale), locale);
	}

}
