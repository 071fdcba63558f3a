package io.kaidian.review.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.web.RefusalStatus;

/**
 * Builds the banner of a refused decision or release: the problem's title and detail in
 * the reviewer's language, and each message next to the part of the form it concerns.
 */
@Component
class DecisionProblems {

	private final MessageSource messages;

	private final ReviewLabels labels;

	DecisionProblems(MessageSource messages, ReviewLabels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	/**
	 * The banner of a refused decision: the problem's title and detail, each violation's
	 * message, and the messages that belong next to a part of the form.
	 */
	PageProblem problem(Refusal ex, List<DecisionForm.ItemForm> items, Locale locale) {
		String title = this.messages.getMessage("problem." + ex.code() + ".title", null,
				this.messages.getMessage("problem.status." + RefusalStatus.of(ex).value(), null, ex.code(), locale),
				locale);
		String detail = this.messages.getMessage("problem." + ex.code() + ".detail", ex.arguments(), "", locale);
		List<String> lines = new ArrayList<>();
		Map<String, String> inline = new LinkedHashMap<>();
		for (Violation violation : ex.violations()) {
			String field = violation.field() != null ? violation.field() : "";
			String text = "REQUIRED".equals(violation.code()) && field.endsWith("outcome")
					? this.messages.getMessage("review-case.outcome-required", null, locale) : this.messages
						.getMessage("violation." + violation.code(), violation.arguments(), violation.code(), locale);
			String place = placeOf(field, items);
			if (place != null) {
				inline.merge(place, text, (earlier, later) -> earlier + " " + later);
			}
			String item = (field.startsWith("items[") || field.startsWith("notes[")) && place != null
					&& !place.equals("items") ? this.labels.itemLabel(place, locale) + ": " : "";
			lines.add(item + text);
		}
		return new PageProblem(ex.code(), title, detail, lines, inline);
	}

	/**
	 * Where a violation shows in the form: {@code outcome}, {@code reasons}, or the ref
	 * of an item.
	 */
	private static @Nullable String placeOf(String field, List<DecisionForm.ItemForm> items) {
		if (field.startsWith("items[")) {
			int end = field.indexOf(']');
			try {
				int index = Integer.parseInt(field.substring("items[".length(), end));
				return index < items.size() && items.get(index).ref() != null ? items.get(index).ref() : null;
			}
			catch (RuntimeException ex) {
				return null;
			}
		}
		if (field.startsWith("notes[") && field.endsWith("]")) {
			String key = field.substring("notes[".length(), field.length() - 1);
			int bar = key.indexOf('|');
			return bar > 0 ? key.substring(0, bar) : key;
		}
		if (field.equals("items")) {
			return "items";
		}
		if (field.startsWith("reasons")) {
			return "reasons";
		}
		if (field.equals("outcome")) {
			return "outcome";
		}
		return null;
	}

	/**
	 * A refused decision or release, as the banner shows it.
	 *
	 * @param code the problem's code
	 * @param title its title
	 * @param detail its detail
	 * @param messages one line per violation
	 * @param inline messages by place in the form ({@code outcome}, {@code reasons},
	 * {@code items}, an item's ref)
	 */
	record PageProblem(String code, String title, String detail, List<String> messages,
			Map<String, String> inline) implements Serializable {

		PageProblem {
			messages = List.copyOf(messages);
			inline = Map.copyOf(inline);
		}

	}

}
