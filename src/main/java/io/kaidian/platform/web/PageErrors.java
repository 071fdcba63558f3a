package io.kaidian.platform.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.Violation;

/**
 * A refusal as a page shows it: each violation inline at its field, a summary of what to
 * fix linking to each field, and a title and detail for the refusal as a whole, all in
 * the page's language (docs/guide/errors.md). Each page says, through its {@link Fields},
 * where a field is shown and what it is called; the mapping itself is this one piece.
 */
@Component
public class PageErrors {

	private final MessageSource messages;

	private final ReaderTime times;

	PageErrors(MessageSource messages, ReaderTime times) {
		this.messages = messages;
		this.times = times;
	}

	/**
	 * The refusal as the page shows it. A violation without a field, or about the upload
	 * itself ({@code file}, {@code kind}), shows at {@link Fields#at()}, else at the top;
	 * so does a refusal without violations, in its detail text.
	 * @param refusal what the domain refused
	 * @param locale the page's language
	 * @param fields where the page's fields are and what they are called
	 * @return the inline errors and the summary
	 */
	public Report report(Refusal refusal, Locale locale, Fields fields) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Place> places = new LinkedHashMap<>();
		List<String> general = new ArrayList<>();
		for (Violation violation : refusal.violations()) {
			String text = this.messages.getMessage("violation." + violation.code(),
					arguments(violation.arguments(), fields, locale), violation.code(), locale);
			String field = fieldOf(violation, fields.at());
			if (field == null) {
				general.add(text);
			}
			else {
				Place place = fields.place(field, locale);
				errors.merge(place.id(), text, (earlier, later) -> earlier + " " + later);
				places.putIfAbsent(place.id(), place);
			}
		}
		String title = title(refusal, locale);
		String detail = this.messages
			.getMessage(new DefaultMessageSourceResolvable(fields.detailCodes(refusal.code()).toArray(String[]::new),
					arguments(refusal.arguments(), fields, locale), title), locale);
		if (refusal.violations().isEmpty()) {
			String at = fields.at();
			if (at != null) {
				Place place = fields.place(at, locale);
				errors.put(place.id(), detail);
				places.put(place.id(), place);
			}
			else {
				general.add(detail);
			}
		}
		List<SummaryLine> summary = new ArrayList<>();
		errors.forEach((id, text) -> summary.add(new SummaryLine(places.get(id).href(), places.get(id).label(), text)));
		general.forEach((text) -> summary.add(new SummaryLine("", "", text)));
		return new Report(refusal.code(), title, detail, errors, summary);
	}

	private String title(Refusal refusal, Locale locale) {
		String status = this.messages.getMessage("problem.status." + RefusalStatus.of(refusal).value(), null,
				refusal.code(), locale);
		return this.messages.getMessage("problem." + refusal.code() + ".title", null, status, locale);
	}

	private static @Nullable String fieldOf(Violation violation, @Nullable String at) {
		String field = violation.field();
		if (field == null || field.isEmpty() || "file".equals(field) || "kind".equals(field)) {
			return at;
		}
		return field;
	}

	private Object[] arguments(Object[] arguments, Fields fields, Locale locale) {
		return Arrays.stream(this.times.arguments(arguments, locale))
			.map((argument) -> fields.argument(argument, locale))
			.toArray();
	}

	/**
	 * How one page places and names its fields.
	 */
	public interface Fields {

		/**
		 * The element the post was about (an upload's document), where violations without
		 * a field show; {@code null} for the top of the page.
		 * @return the element's field, or {@code null}
		 */
		default @Nullable String at() {
			return null;
		}

		/**
		 * Where a field, as a violation names it, is shown and what it is called.
		 * @param field the violation's field, or {@link #at()}
		 * @param locale the page's language
		 * @return its place
		 */
		Place place(String field, Locale locale);

		/**
		 * An argument of a message in words (an enum name, say).
		 * @param argument the argument
		 * @param locale the page's language
		 * @return what the message shows
		 */
		default Object argument(Object argument, Locale locale) {
			return argument;
		}

		/**
		 * The message codes of a refusal's detail, the first that exists wins.
		 * @param code the refusal's code
		 * @return the codes to try
		 */
		default List<String> detailCodes(String code) {
			return List.of("problem." + code + ".detail");
		}

	}

	/**
	 * Where a field is shown.
	 *
	 * @param id the id of its element, the key of its inline error
	 * @param href the summary's link to it
	 * @param label its name in words
	 */
	public record Place(String id, String href, String label) {
	}

	/**
	 * One line of the summary of what to fix.
	 *
	 * @param href where the field is, empty for the page as a whole
	 * @param label the field's name, empty for the page as a whole
	 * @param message what is wrong
	 */
	public record SummaryLine(String href, String label, String message) implements Serializable {
	}

	/**
	 * A refusal as a page shows it.
	 *
	 * @param code the refusal's code
	 * @param title its title
	 * @param detail what it means, in its arguments
	 * @param errors the inline errors, by element id, in the order found
	 * @param summary what to fix, inline errors first
	 */
	public record Report(String code, String title, String detail, Map<String, String> errors,
			List<SummaryLine> summary) {

		/** Hands the errors and the summary to the page the post redirects to. */
		public void flash(RedirectAttributes redirect) {
			redirect.addFlashAttribute("errors", this.errors);
			redirect.addFlashAttribute("summary", this.summary);
		}

	}

}
