package io.kaidian.review.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.kaidian.review.ItemLabels;
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

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private final MessageSource messages;

	private final ItemLabels items;

	ReviewLabels(MessageSource messages, ItemLabels items) {
		this.messages = messages;
		this.items = items;
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
		return this.items.label(ref, locale);
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
		return this.messages.getMessage("review-value." + field + "." + value, null, text(value, locale), locale);
	}

	/**
	 * A value of the submitted data or a check's detail for the reader: each code in it
	 * ({@code ENTERPRISE}, {@code OWNED}, {@code REJECTED_BEFORE}) replaced by its
	 * message {@code review-value.<CODE>}; names, numbers and codes without a message
	 * stay as they are.
	 */
	@Nullable String text(@Nullable String raw, Locale locale) {
		if (raw == null) {
			return null;
		}
		Matcher code = CODE.matcher(raw);
		StringBuilder text = new StringBuilder();
		while (code.find()) {
			code.appendReplacement(text, Matcher.quoteReplacement(
					this.messages.getMessage("review-value." + code.group(), null, code.group(), locale)));
		}
		code.appendTail(text);
		return text.toString();
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
