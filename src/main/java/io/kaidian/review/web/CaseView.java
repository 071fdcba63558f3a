package io.kaidian.review.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as its page shows it.
 *
 * @param caseId the case
 * @param queue its queue
 * @param memberId the seller
 * @param attempt which attempt
 * @param status OPEN, DECIDED or WITHDRAWN
 * @param outcome APPROVED or REJECTED once decided
 * @param submittedAt when it entered the queue
 * @param dueBy when a decision of the whole case is expected
 * @param nextDueBy the next deadline when an undecided item is due before the case,
 * {@code null} otherwise
 * @param marker late, due today, on time or closed
 * @param assignee you, someone or nobody
 * @param mine open and claimed by the reader: the decision form shows
 * @param version the version a decision quotes
 * @param summary the submitted data
 * @param documents the documents
 * @param flags the automated checks, failed first
 * @param changes what changed since the last decision
 * @param reasons the reasons of the decision
 * @param itemDecisions the item outcomes of the decision
 * @param previousAttempts the other attempts of the same subject
 * @param history the recorded steps of this case and its other attempts
 * @param itemByItem whether the case is decided item by item
 * @param items every item with its due time and, once decided, its outcome
 */
record CaseView(UUID caseId, String queue, String memberId, int attempt, String status, @Nullable String outcome,
		String submittedAt, String dueBy, @Nullable String nextDueBy, CaseMarkers.Marker marker,
		CaseMarkers.Assignee assignee, boolean mine, long version, List<Labelled> summary, List<DocumentView> documents,
		List<FlagView> flags, List<ChangeView> changes, List<ReasonView> reasons, List<ItemView> itemDecisions,
		List<AttemptView> previousAttempts, List<HistoryLine> history, boolean itemByItem, List<ItemRow> items) {

	/**
	 * One item of an application case as its page shows it (R-APP-5, R-APP-6).
	 *
	 * @param ref {@code category:<code>} or {@code brand:<index>}
	 * @param label the item
	 * @param dueBy when its decision is expected (Beijing time)
	 * @param late undecided past its due time while the case is open
	 * @param outcome APPROVED or REJECTED once decided
	 * @param reasons why, if rejected
	 */
	record ItemRow(String ref, String label, String dueBy, boolean late, @Nullable String outcome,
			List<ReasonView> reasons) {
	}

	/**
	 * @param name the field as the owner named it ({@code companyName}, {@code brand:0})
	 * @param label its name for the reviewer
	 * @param value what the seller entered
	 * @param revealable masked, and the reader may show it in full (the case is open and
	 * theirs; ADR 0030)
	 */
	record Labelled(String name, String label, @Nullable String value, boolean revealable) {
	}

	/**
	 * @param label the document kind
	 * @param link where it downloads, as an attachment (the documents module records the
	 * view)
	 * @param status new or carried over
	 * @param index its place in the case, which its inline pages are addressed by
	 * @param pages how many pages it has; 0 when it cannot be shown
	 */
	record DocumentView(String label, String link, String status, int index, int pages) {
	}

	/**
	 * @param code the check
	 * @param label its name
	 * @param passed whether it passed
	 * @param detail what it found
	 */
	record FlagView(String code, String label, boolean passed, @Nullable String detail) {
	}

	/**
	 * @param field what changed
	 * @param before at the last decision
	 * @param after now
	 */
	record ChangeView(String field, @Nullable String before, @Nullable String after) {
	}

	/**
	 * @param item the rejected item
	 * @param code the reason's code
	 * @param text the reason, in the reader's language
	 * @param note the reviewer's note
	 */
	record ReasonView(String item, String code, String text, @Nullable String note) {
	}

	/**
	 * @param label the item
	 * @param outcome APPROVED or REJECTED
	 * @param reasons why, if rejected
	 */
	record ItemView(String label, String outcome, List<ReasonView> reasons) {
	}

	/**
	 * @param caseId the attempt's case
	 * @param attempt its number
	 * @param outcome its outcome, if decided
	 * @param decidedAt when
	 * @param reasons its reasons
	 */
	record AttemptView(UUID caseId, int attempt, @Nullable String outcome, @Nullable String decidedAt,
			List<ReasonView> reasons) {
	}

	/**
	 * @param at when (Beijing time)
	 * @param action the step
	 * @param from the state before
	 * @param to the state after
	 * @param actor who
	 * @param reason why
	 */
	record HistoryLine(String at, String action, @Nullable String from, @Nullable String to, String actor,
			@Nullable String reason) {
	}

	/**
	 * The reasons a reviewer may tick for one item.
	 *
	 * @param field the item: a document kind, {@code DATA}, or an application item's ref
	 * @param label its name
	 * @param options the catalogue's reasons for its kind
	 * @param dueBy an application item's due time (Beijing time), {@code null} otherwise
	 * @param late an application item undecided past its due time
	 */
	record ReasonGroup(String field, String label, List<ReasonOption> options, @Nullable String dueBy, boolean late) {
	}

	/**
	 * @param code the reason's code
	 * @param text what is wrong
	 * @param howToFix what the seller is told to do
	 * @param number its shortcut, the same for this reason on every item and case (its
	 * place in the catalogue)
	 */
	record ReasonOption(String code, String text, String howToFix, int number) {
	}

}
