package io.kaidian.review.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;

/**
 * How the reviewer's pages name things, in the reader's language: items, documents,
 * flags, data fields and reasons; times in Beijing time.
 */
@Component
class ReviewLabels {

	/** Dates on the pages are Beijing time, as the sellers' checklist shows them. */
	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	ReviewLabels(MessageSource messages) {
		this.messages = messages;
	}

	static String time(Instant instant) {
		return TIME.format(instant.atZone(BEIJING));
	}

	/**
	 * A reviewer's name for an item or a document: {@code brand:0} is "Brand no. 1",
	 * {@code category:shoes} "Category “shoes”", an item's document
	 * {@code brand:0.TRADEMARK_CERTIFICATE} "Brand no. 1 — Trademark certificate", a
	 * document kind or data field its own label.
	 */
	String itemLabel(String ref, Locale locale) {
		int colon = ref.indexOf(':');
		int dot = ref.indexOf('.', Math.max(colon, 0));
		if (colon > 0 && dot > colon) {
			return itemLabel(ref.substring(0, dot), locale) + " — " + itemLabel(ref.substring(dot + 1), locale);
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

	/**
	 * A flag's name: the check ({@code review-flag.<CHECK>}), after the item or document
	 * it concerns when its code names one ({@code ID_FRONT:BLUR},
	 * {@code brand:0:SCREENING}, {@code brand:0.TRADEMARK_CERTIFICATE:BLUR}).
	 */
	String flagLabel(String code, Locale locale) {
		int colon = code.lastIndexOf(':');
		String check = colon > 0 ? code.substring(colon + 1) : code;
		String checkLabel = label("review-flag.", check, locale);
		return colon > 0 ? itemLabel(code.substring(0, colon), locale) + " — " + checkLabel : checkLabel;
	}

	/** A summary line's name: a data field's label, or the item it describes. */
	String fieldLabel(String name, Locale locale) {
		return name.indexOf(':') > 0 ? itemLabel(name, locale) : label("review-field.", name, locale);
	}

	/**
	 * How long a case has waited, in the reader's language: days and hours, or hours and
	 * minutes under a day.
	 */
	String waiting(Duration waited, Locale locale) {
		Duration positive = waited.isNegative() ? Duration.ZERO : waited;
		if (positive.toDays() > 0) {
			return this.messages.getMessage("review-queue.waiting.days",
					new Object[] { positive.toDays(), positive.toHoursPart() }, locale);
		}
		return this.messages.getMessage("review-queue.waiting.hours",
				new Object[] { positive.toHours(), positive.toMinutesPart() }, locale);
	}

	/**
	 * A data field's value as the reader reads it: a coded value (a subject type, a
	 * method, yes/no) named by {@code review-value.<field>.<value>}; anything else as
	 * entered.
	 */
	@Nullable String value(String field, @Nullable String value, Locale locale) {
		if (value == null) {
			return null;
		}
		return this.messages.getMessage("review-value." + field + "." + value, null, value, locale);
	}

	/** The message {@code prefix + code}, or the code itself when there is none. */
	String label(String prefix, String code, Locale locale) {
		return this.messages.getMessage(prefix + code, null, code, locale);
	}

	/** Reasons with their item's name and the catalogue's text. */
	List<CaseView.ReasonView> reasons(List<Reason> reasons, Map<String, ReasonCatalogue.Entry> texts, Locale locale) {
		return reasons.stream().map((reason) -> {
			ReasonCatalogue.Entry entry = texts.get(reason.code());
			return new CaseView.ReasonView(itemLabel(reason.field(), locale), reason.code(),
					entry != null ? entry.text() : reason.code(), reason.message());
		}).toList();
	}

	/**
	 * The kind of reasons an item takes: {@code CATEGORY}, {@code BRAND} or {@code DATA}.
	 */
	static String kindOf(String ref) {
		if (ref.startsWith("category:")) {
			return "CATEGORY";
		}
		if (ref.startsWith("brand:")) {
			return "BRAND";
		}
		return "DATA";
	}

	/**
	 * The pages' address of a document the owner linked for the API: the same path under
	 * {@code /staff/review/}, which the pages' session signs in (the API's needs a bearer
	 * token).
	 */
	static String pageLink(String link) {
		return link.startsWith("/api/v1/review/") ? "/staff/review/" + link.substring("/api/v1/review/".length())
				: link;
	}

}
