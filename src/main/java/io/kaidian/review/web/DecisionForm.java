package io.kaidian.review.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.Violation;
import io.kaidian.review.Decision;
import io.kaidian.review.Outcome;
import io.kaidian.review.Reason;
import io.kaidian.review.web.ReviewApi.Verdict;

/**
 * The decision form. A whole decision names {@code outcome} and, for a rejection,
 * {@code reasons} as {@code FIELD|CODE} ({@code DATA|CODE} for the data field chosen in
 * {@code dataField}), one picked per item; an item-by-item decision names {@code items}.
 * A note belongs to the reason picked for its item: keyed by the item ({@code FIELD}, the
 * item's ref as the field), or {@code FIELD|CODE}. Nothing typed is dropped: a note
 * beside no reason, or a reason without a rejection, refuses the form ({@link #unused}).
 * In an item-by-item decision ({@code mode=items}) an item with neither an outcome nor a
 * ticked reason is left undecided for later (R-APP-5); at least one item must be decided.
 *
 * @param version the case version the reviewer read
 * @param outcome approve or reject the whole case
 * @param reasons the ticked reasons of a whole rejection
 * @param notes the reviewer's notes to the seller, by reason
 * @param dataField the data field the {@code DATA} reasons concern
 * @param items item-by-item outcomes
 * @param mode {@code items} for the item-by-item form
 */
record DecisionForm(@Nullable Long version, @Nullable Verdict outcome, @Nullable List<String> reasons,
		@Nullable Map<String, String> notes, @Nullable String dataField, @Nullable List<ItemForm> items,
		@Nullable String mode) {

	DecisionForm {
		// a picker left on "no reason" sends an empty value
		reasons = reasons != null ? reasons.stream().filter((r) -> r != null && !r.isBlank()).toList() : List.of();
		notes = notes != null ? notes : Map.of();
		items = items != null ? items.stream().filter((item) -> item != null && item.ref() != null).toList()
				: List.of();
	}

	/**
	 * The items the reviewer decided: those with an outcome or a ticked reason; the
	 * others are left for later (R-APP-5).
	 */
	List<ItemForm> chosen() {
		return this.items.stream().filter((item) -> item.outcome() != null || !item.reasons().isEmpty()).toList();
	}

	/** An item-by-item form with every item left for later. */
	boolean nothingDecided() {
		return "items".equals(this.mode) && chosen().isEmpty();
	}

	Decision decision() {
		List<ItemForm> decided = chosen();
		if (!decided.isEmpty()) {
			return new Decision(null, List.of(), decided.stream().map((item) -> {
				List<Reason> chosen = item.outcome() != Verdict.REJECT ? List.of()
						: item.reasons()
							.stream()
							.map((code) -> new Reason(item.ref(), code, note(item.ref(), code)))
							.toList();
				return new Decision.ItemOutcome(item.ref(), outcome(item.outcome()), chosen);
			}).toList(), this.version);
		}
		List<Reason> chosen = new ArrayList<>();
		if (this.outcome == Verdict.REJECT) {
			for (String key : this.reasons) {
				int bar = key.indexOf('|');
				if (bar > 0) {
					String field = key.substring(0, bar);
					if (field.equals("DATA") && this.dataField != null && !this.dataField.isBlank()) {
						field = this.dataField;
					}
					chosen.add(new Reason(field, key.substring(bar + 1),
							note(key.substring(0, bar), key.substring(bar + 1))));
				}
			}
		}
		return new Decision(outcome(this.outcome), chosen, List.of(), this.version);
	}

	Draft draft() {
		Set<String> checked = new HashSet<>(this.reasons);
		Map<String, String> outcomes = new HashMap<>();
		for (ItemForm item : this.items) {
			item.reasons().forEach((code) -> checked.add(item.ref() + "|" + code));
			if (item.outcome() != null) {
				outcomes.put(item.ref(), item.outcome().name());
			}
		}
		Map<String, String> notes = new HashMap<>();
		this.notes.forEach((key, value) -> {
			if (value != null && !value.isBlank()) {
				notes.put(key, value);
			}
		});
		return new Draft(this.outcome != null ? this.outcome.name() : null, checked, notes, outcomes, this.dataField);
	}

	/**
	 * What would be lost: a note beside no chosen reason, or a reason chosen without
	 * rejecting. Nothing typed is dropped silently; the form is refused with these,
	 * everything kept (ADR 0030).
	 */
	List<Violation> unused() {
		List<Violation> unused = new ArrayList<>();
		this.notes.forEach((key, value) -> {
			if (value != null && !value.isBlank() && !noteUsed(key)) {
				unused.add(Violation.of("notes[" + key + "]", "NOTE_WITHOUT_REASON"));
			}
		});
		if (this.outcome == Verdict.APPROVE && !this.reasons.isEmpty()) {
			unused.add(Violation.of("reasons", "REASON_WITHOUT_REJECTION"));
		}
		for (int index = 0; index < this.items.size(); index++) {
			ItemForm item = this.items.get(index);
			if (item.outcome() == Verdict.APPROVE && !item.reasons().isEmpty()) {
				unused.add(Violation.of("items[" + index + "]", "REASON_WITHOUT_REJECTION"));
			}
		}
		return unused;
	}

	/**
	 * Whether a note, keyed by its item or by {@code ITEM|CODE}, goes with a reason sent.
	 */
	private boolean noteUsed(String key) {
		int bar = key.indexOf('|');
		String field = bar > 0 ? key.substring(0, bar) : key;
		@Nullable String code = bar > 0 ? key.substring(bar + 1) : null;
		if (this.outcome == Verdict.REJECT && this.reasons.stream()
			.anyMatch((reason) -> code != null ? reason.equals(key) : reason.startsWith(field + "|"))) {
			return true;
		}
		return this.items.stream()
			.anyMatch((item) -> field.equals(item.ref()) && item.outcome() == Verdict.REJECT
					&& (code != null ? item.reasons().contains(code) : !item.reasons().isEmpty()));
	}

	/**
	 * The note of a reason: typed beside it ({@code ITEM|CODE}) or beside its item's
	 * picker.
	 */
	private @Nullable String note(String field, String code) {
		String note = this.notes.get(field + "|" + code);
		if (note == null || note.isBlank()) {
			note = this.notes.get(field);
		}
		return note == null || note.isBlank() ? null : note.strip();
	}

	private static @Nullable Outcome outcome(@Nullable Verdict verdict) {
		if (verdict == null) {
			return null;
		}
		return verdict == Verdict.APPROVE ? Outcome.APPROVED : Outcome.REJECTED;
	}

	/**
	 * One item of an item-by-item decision.
	 *
	 * @param ref {@code category:<code>} or {@code brand:<index>}
	 * @param outcome approve or reject
	 * @param reasons the ticked reason codes, if rejected
	 */
	record ItemForm(@Nullable String ref, @Nullable Verdict outcome, @Nullable List<String> reasons) {

		ItemForm {
			reasons = reasons != null ? reasons.stream().filter((r) -> r != null && !r.isBlank()).toList() : List.of();
		}

	}

	/**
	 * What the reviewer chose in a refused decision, shown again.
	 *
	 * @param outcome APPROVE or REJECT for the whole case
	 * @param checked the ticked reasons, {@code FIELD|CODE}
	 * @param notes the notes, by {@code FIELD|CODE}
	 * @param itemOutcomes APPROVE or REJECT by item ref
	 * @param dataField the data field chosen
	 */
	record Draft(@Nullable String outcome, Set<String> checked, Map<String, String> notes,
			Map<String, String> itemOutcomes, @Nullable String dataField) implements Serializable {

		static final Draft EMPTY = new Draft(null, Set.of(), Map.of(), Map.of(), null);

		Draft {
			checked = Set.copyOf(checked);
			notes = Map.copyOf(notes);
			itemOutcomes = Map.copyOf(itemOutcomes);
		}

		public boolean isChecked(String key) {
			return this.checked.contains(key);
		}

		public @Nullable String note(String key) {
			return this.notes.get(key);
		}

		public @Nullable String itemOutcome(String ref) {
			return this.itemOutcomes.get(ref);
		}

	}

}
