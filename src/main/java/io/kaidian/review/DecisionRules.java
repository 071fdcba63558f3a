package io.kaidian.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * What a decision of a case must say and what it records, whole or item by item (R-APP-5,
 * R-APP-6). See docs/guide/review-desk.md, "Decisions and coded reasons".
 */
final class DecisionRules {

	private final ReasonCheck catalogue;

	DecisionRules(ReasonCheck catalogue) {
		this.catalogue = catalogue;
	}

	/** The reason catalogue's check of the reasons given under {@code field}. */
	@FunctionalInterface
	interface ReasonCheck {

		List<Violation> check(List<Reason> reasons, String field);

	}

	/**
	 * What a decision writes.
	 *
	 * @param outcome the case's outcome once every item is decided (or the whole case
	 * is); {@code null} while items remain
	 * @param reasons the case's reasons so far
	 * @param items the item decisions so far, in the subject's order
	 * @param decidedNow the items this decision decides
	 * @param nextDueBy the case's next deadline after it
	 */
	record Recorded(@Nullable Outcome outcome, List<Reason> reasons, List<CaseDecided.ItemDecision> items,
			List<CaseDecided.ItemDecision> decidedNow, Instant nextDueBy) {
	}

	Recorded record(ReviewCase current, Decision decision) {
		return decision.items().isEmpty() ? whole(current, decision) : itemByItem(current, decision);
	}

	/**
	 * A decision of the whole case. On a case decided item by item it applies to the
	 * items still undecided; the case's outcome then follows every item's.
	 */
	private Recorded whole(ReviewCase current, Decision decision) {
		Outcome outcome = decision.outcome();
		if (outcome == null) {
			throw RuleViolationException.of("outcome", "REQUIRED");
		}
		List<Violation> violations = new ArrayList<>();
		if (outcome == Outcome.REJECTED && decision.reasons().isEmpty()) {
			violations.add(Violation.of("reasons", "REASON_REQUIRED"));
		}
		if (outcome == Outcome.APPROVED && !decision.reasons().isEmpty()) {
			violations.add(Violation.of("reasons", "REASONS_ON_APPROVAL"));
		}
		violations.addAll(this.catalogue.check(decision.reasons(), "reasons"));
		Set<String> decidedBefore = decidedRefs(current);
		List<Violation> conflicts = new ArrayList<>();
		for (int i = 0; i < decision.reasons().size(); i++) {
			String field = decision.reasons().get(i).field();
			if (decidedBefore.contains(field)) {
				conflicts.add(Violation.of("reasons[" + i + "].field", "ITEM_ALREADY_DECIDED", field));
			}
		}
		refuse(conflicts, violations);
		if (current.itemStates().isEmpty()) {
			return new Recorded(outcome, decision.reasons(), List.of(), List.of(), current.nextDueBy());
		}
		List<CaseDecided.ItemDecision> now = current.undecidedItems()
			.stream()
			.map((item) -> new CaseDecided.ItemDecision(item.ref(), outcome,
					decision.reasons().stream().filter((r) -> r.field().equals(item.ref())).toList()))
			.toList();
		List<Reason> reasons = new ArrayList<>();
		current.itemStates().stream().filter(ReviewCase.Item::decided).forEach((i) -> reasons.addAll(i.reasons()));
		reasons.addAll(decision.reasons());
		return settle(current, now, reasons);
	}

	/**
	 * Decisions of some or all of the undecided items of an application case (R-APP-6):
	 * the case is decided once every item is.
	 */
	private Recorded itemByItem(ReviewCase current, Decision decision) {
		if (current.itemStates().isEmpty()) {
			throw RuleViolationException.of("items", "ITEMS_NOT_DECIDABLE");
		}
		List<Violation> violations = new ArrayList<>();
		List<Violation> conflicts = new ArrayList<>();
		Map<String, CaseDecided.ItemDecision> decided = decidedItems(current, decision, violations, conflicts);
		refuse(conflicts, violations);
		List<CaseDecided.ItemDecision> now = current.itemStates()
			.stream()
			.map((item) -> decided.get(item.ref()))
			.filter(Objects::nonNull)
			.toList();
		List<Reason> reasons = new ArrayList<>();
		for (ReviewCase.Item item : current.itemStates()) {
			if (item.decided()) {
				reasons.addAll(item.reasons());
			}
			else if (decided.containsKey(item.ref())) {
				reasons.addAll(decided.get(item.ref()).reasons());
			}
		}
		return settle(current, now, reasons);
	}

	/** The items the decision decides, by ref; what is wrong with the others. */
	private Map<String, CaseDecided.ItemDecision> decidedItems(ReviewCase current, Decision decision,
			List<Violation> violations, List<Violation> conflicts) {
		Set<String> expected = new HashSet<>(current.subject().items());
		Set<String> decidedBefore = decidedRefs(current);
		Map<String, CaseDecided.ItemDecision> decided = new LinkedHashMap<>();
		for (int i = 0; i < decision.items().size(); i++) {
			Decision.ItemOutcome item = decision.items().get(i);
			String field = "items[" + i + "]";
			if (!expected.contains(item.ref())) {
				violations.add(Violation.of(field + ".ref", "UNKNOWN_ITEM", item.ref()));
			}
			else if (decidedBefore.contains(item.ref())) {
				conflicts.add(Violation.of(field + ".ref", "ITEM_ALREADY_DECIDED", item.ref()));
			}
			else if (decided.containsKey(item.ref())) {
				violations.add(Violation.of(field + ".ref", "ITEM_DECIDED_TWICE", item.ref()));
			}
			else if (item.outcome() == null) {
				violations.add(Violation.of(field + ".outcome", "REQUIRED"));
			}
			else {
				decided.put(item.ref(), checked(item, field, violations));
			}
		}
		return decided;
	}

	/**
	 * One item's decision, its reasons named for the item unless they name a field: a
	 * rejection needs a reason, each from the catalogue.
	 */
	private CaseDecided.ItemDecision checked(Decision.ItemOutcome item, String field, List<Violation> violations) {
		Outcome outcome = Objects.requireNonNull(item.outcome());
		List<Reason> reasons = item.reasons()
			.stream()
			.map((r) -> new Reason(r.field() == null || r.field().isBlank() ? item.ref() : r.field(), r.code(),
					r.message()))
			.toList();
		if (outcome == Outcome.REJECTED && reasons.isEmpty()) {
			violations.add(Violation.of(field + ".reasons", "REASON_REQUIRED"));
		}
		violations.addAll(this.catalogue.check(reasons, field + ".reasons"));
		return new CaseDecided.ItemDecision(item.ref(), outcome, reasons);
	}

	/**
	 * The case after {@code now} is recorded: every item decided so far, in the subject's
	 * order; decided (approved when every item is, rejected when any is) once no item is
	 * left, else the next deadline among the items left.
	 */
	private static Recorded settle(ReviewCase current, List<CaseDecided.ItemDecision> now, List<Reason> reasons) {
		Map<String, CaseDecided.ItemDecision> byRef = new HashMap<>();
		now.forEach((item) -> byRef.put(item.ref(), item));
		List<CaseDecided.ItemDecision> items = new ArrayList<>();
		Instant next = current.dueBy();
		boolean complete = true;
		for (ReviewCase.Item item : current.itemStates()) {
			if (item.decided()) {
				items.add(new CaseDecided.ItemDecision(item.ref(), Objects.requireNonNull(item.outcome()),
						item.reasons()));
			}
			else if (byRef.containsKey(item.ref())) {
				items.add(byRef.get(item.ref()));
			}
			else {
				complete = false;
				next = ReviewCase.earlier(next, item.dueBy());
			}
		}
		Outcome outcome = !complete ? null
				: items.stream().allMatch((i) -> i.outcome() == Outcome.APPROVED) ? Outcome.APPROVED : Outcome.REJECTED;
		return new Recorded(outcome, reasons, items, now, complete ? current.nextDueBy() : next);
	}

	private static void refuse(List<Violation> conflicts, List<Violation> violations) {
		if (!conflicts.isEmpty()) {
			throw new ConflictException("ITEM_ALREADY_DECIDED", conflicts);
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private static Set<String> decidedRefs(ReviewCase current) {
		Set<String> refs = new HashSet<>();
		current.itemStates().stream().filter(ReviewCase.Item::decided).forEach((item) -> refs.add(item.ref()));
		return refs;
	}

}
