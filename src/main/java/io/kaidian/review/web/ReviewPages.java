package io.kaidian.review.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.KaidianUserDetails;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.web.RefusalStatus;
import io.kaidian.platform.web.Requests;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.Reviews;
import io.kaidian.review.web.ReviewApi.Verdict;

/**
 * The reviewer's pages (PRODUCT.md §4 items 1–3): a queue, oldest due first, with a
 * "claim next" button, and a case with everything the reviewer needs and the decision
 * form. Post/redirect/get: decisions, claims and releases redirect with a flash message;
 * a refused decision comes back as a banner, the reviewer's choices kept. Worked from the
 * keyboard with {@code /js/review-keys.js}.
 */
@Controller
class ReviewPages {

	static final String QUEUE = "review/queue";

	static final String CASE = "review/case";

	static final String ERROR = "error/page";

	/** Dates on the pages are Beijing time, as the sellers' checklist shows them. */
	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Reviews reviews;

	private final ReasonCatalogue catalogue;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	ReviewPages(Reviews reviews, ReasonCatalogue catalogue, AuditTrail audit, MessageSource messages, Clock clock) {
		this.reviews = reviews;
		this.catalogue = catalogue;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/review/{queue}")
	String queue(@PathVariable String queue, @RequestParam(defaultValue = "false") boolean escalated,
			KaidianUser caller, Model model) {
		UUID me = reviewer(caller);
		Queue q = queueOf(queue);
		Instant now = this.clock.instant();
		model.addAttribute("queue", q.name());
		model.addAttribute("queues", List.of(Queue.values()).stream().map(Queue::name).toList());
		model.addAttribute("escalated", escalated);
		model.addAttribute("rows", this.reviews.list(q, escalated, me).stream().map((c) -> row(c, me, now)).toList());
		return QUEUE;
	}

	@PostMapping("/staff/review/{queue}/claim")
	String claim(@PathVariable String queue, KaidianUser caller, RedirectAttributes redirect) {
		UUID me = reviewer(caller);
		Queue q = queueOf(queue);
		Optional<ReviewCase> claimed = this.reviews.claim(q, me);
		if (claimed.isEmpty()) {
			redirect.addFlashAttribute("flash", "review-queue.nothing-to-claim");
			return "redirect:/staff/review/" + q.name();
		}
		redirect.addFlashAttribute("flash", "review-case.claimed");
		return "redirect:/staff/review/cases/" + claimed.get().id();
	}

	@GetMapping("/staff/review/cases/{caseId}")
	String caseFile(@PathVariable UUID caseId, KaidianUser caller, Locale locale, Model model) {
		UUID me = reviewer(caller);
		Reviews.CaseFile file = this.reviews.view(caseId, me);
		ReviewCase c = file.reviewCase();
		Instant now = this.clock.instant();
		Map<String, ReasonCatalogue.Entry> reasonTexts = this.catalogue.list(null, locale)
			.stream()
			.collect(Collectors.toMap(ReasonCatalogue.Entry::code, Function.identity()));
		List<String> subjects = new ArrayList<>();
		subjects.add("review-case:" + c.id());
		file.previousAttempts().forEach((attempt) -> subjects.add("review-case:" + attempt.id()));
		List<HistoryLine> history = this.audit.history(c.memberId(), subjects)
			.stream()
			.map((entry) -> new HistoryLine(time(entry.at()), label("review-history.action.", entry.action(), locale),
					entry.fromState() != null ? label("review-state.", entry.fromState(), locale) : null,
					entry.toState() != null ? label("review-state.", entry.toState(), locale) : null,
					actor(entry, me, locale), entry.reason()))
			.toList();
		boolean mine = c.status() == ReviewCase.Status.OPEN && me.equals(c.assignee());
		model.addAttribute("caseFile", new CaseView(c.id(), c.queue().name(), c.memberId(), c.attempt(),
				c.status().name(), c.outcome() != null ? c.outcome().name() : null, time(c.submittedAt()),
				time(c.dueBy()),
				c.status() == ReviewCase.Status.OPEN && !c.nextDueBy().equals(c.dueBy()) ? time(c.nextDueBy()) : null,
				marker(c, file.late(), now), assignee(c, me), mine, c.version(),
				c.subject()
					.summary()
					.stream()
					.map((field) -> new Labelled(field.name(), fieldLabel(field.name(), locale), field.value()))
					.toList(),
				c.subject()
					.documents()
					.stream()
					.map((document) -> new DocumentView(itemLabel(document.kind(), locale), pageLink(document.link()),
							label("review-document.", document.status(), locale)))
					.toList(),
				c.subject()
					.flags()
					.stream()
					.sorted(Comparator.comparing(ReviewSubject.Flag::passed))
					.map((flag) -> new FlagView(flag.code(), flagLabel(flag.code(), locale), flag.passed(),
							flag.detail()))
					.toList(),
				c.subject()
					.changes()
					.stream()
					.map((change) -> new ChangeView(label("review-field.", change.field(), locale), change.before(),
							change.after()))
					.toList(),
				reasons(c.reasons(), reasonTexts, locale),
				c.items()
					.stream()
					.map((item) -> new ItemView(itemLabel(item.ref(), locale), item.outcome().name(),
							reasons(item.reasons(), reasonTexts, locale)))
					.toList(),
				file.previousAttempts()
					.stream()
					.map((attempt) -> new AttemptView(attempt.id(), attempt.attempt(),
							attempt.outcome() != null ? attempt.outcome().name() : null,
							attempt.decidedAt() != null ? time(attempt.decidedAt()) : null,
							reasons(attempt.reasons(), reasonTexts, locale)))
					.toList(),
				history, !c.subject().items().isEmpty(),
				c.itemStates()
					.stream()
					.map((item) -> new ItemRow(item.ref(), itemLabel(item.ref(), locale), time(item.dueBy()),
							c.status() == ReviewCase.Status.OPEN && !item.decided() && !now.isBefore(item.dueBy()),
							item.outcome() != null ? item.outcome().name() : null,
							reasons(item.reasons(), reasonTexts, locale)))
					.toList()));
		if (mine) {
			model.addAttribute("groups",
					c.subject().items().isEmpty() ? wholeGroups(c, locale) : itemGroups(c, now, locale));
			model.addAttribute("dataFields", c.subject().summary().stream().map(ReviewSubject.Field::name).toList());
		}
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", Draft.EMPTY);
		}
		return CASE;
	}

	@PostMapping("/staff/review/cases/{caseId}/release")
	String release(@PathVariable UUID caseId, KaidianUser caller, RedirectAttributes redirect, Locale locale) {
		UUID me = reviewer(caller);
		try {
			ReviewCase released = this.reviews.release(caseId, me);
			redirect.addFlashAttribute("flash", "review-case.released");
			return "redirect:/staff/review/" + released.queue().name();
		}
		catch (ForbiddenException | NotFoundException ex) {
			throw ex;
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("problem", problem(ex, List.of(), locale));
			return "redirect:/staff/review/cases/" + caseId;
		}
	}

	@PostMapping("/staff/review/cases/{caseId}/decision")
	String decide(@PathVariable UUID caseId, DecisionForm form, KaidianUser caller, RedirectAttributes redirect,
			Locale locale) {
		UUID me = reviewer(caller);
		try {
			if (form.nothingDecided()) {
				throw RuleViolationException.of("items", "NO_ITEM_DECIDED");
			}
			ReviewCase decided = this.reviews.decide(caseId, form.decision(), me);
			redirect.addFlashAttribute("flash", decided.outcome() == null ? "review-case.items-decided"
					: decided.outcome() == Outcome.APPROVED ? "review-case.approved" : "review-case.rejected");
		}
		catch (ForbiddenException | NotFoundException ex) {
			// the case itself may not be seen: the error page says why
			throw ex;
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("problem", problem(ex, form.chosen(), locale));
			redirect.addFlashAttribute("draft", form.draft());
		}
		return "redirect:/staff/review/cases/" + caseId;
	}

	/**
	 * A refusal while showing a page (not your queue, a conflict of interest, no such
	 * case): the error page, saying exactly why, in the reviewer's language.
	 */
	@ExceptionHandler(Refusal.class)
	ModelAndView refused(Refusal ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(ERROR);
		page.setStatus(RefusalStatus.of(ex));
		page.addObject("status", RefusalStatus.of(ex).value());
		page.addObject("code", ex.code());
		page.addObject("errorId", null);
		page.addObject("currentUser", KaidianUserDetails.of(SecurityContextHolder.getContext().getAuthentication()));
		page.addObject("currentPath", Requests.path(request));
		return page;
	}

	private static UUID reviewer(KaidianUser caller) {
		if (!caller.has(Role.REVIEWER)) {
			throw new ForbiddenException("FORBIDDEN");
		}
		return caller.accountId();
	}

	private static Queue queueOf(String name) {
		for (Queue queue : Queue.values()) {
			if (queue.name().equalsIgnoreCase(name)) {
				return queue;
			}
		}
		throw new NotFoundException();
	}

	private QueueRow row(ReviewCase c, UUID me, Instant now) {
		return new QueueRow(c.id(), c.memberId(), c.attempt(), time(c.submittedAt()), time(c.nextDueBy()),
				marker(c, !now.isBefore(c.nextDueBy()), now), assignee(c, me),
				c.subject().flags().stream().filter((flag) -> !flag.passed()).count(),
				c.nextDueBy().equals(c.dueBy()) ? null : time(c.dueBy()));
	}

	/**
	 * Late when past the next deadline (an undecided item's or the case's) or escalated;
	 * due today when that deadline falls before midnight in Beijing.
	 */
	private static Marker marker(ReviewCase c, boolean pastDue, Instant now) {
		if (c.status() != ReviewCase.Status.OPEN) {
			return Marker.CLOSED;
		}
		if (pastDue || c.escalatedAt() != null) {
			return Marker.LATE;
		}
		LocalDate today = LocalDate.ofInstant(now, BEIJING);
		return LocalDate.ofInstant(c.nextDueBy(), BEIJING).equals(today) ? Marker.DUE_TODAY : Marker.ON_TIME;
	}

	private static Assignee assignee(ReviewCase c, UUID me) {
		if (c.assignee() == null) {
			return Assignee.NOBODY;
		}
		return me.equals(c.assignee()) ? Assignee.YOU : Assignee.SOMEONE;
	}

	private static String time(Instant instant) {
		return TIME.format(instant.atZone(BEIJING));
	}

	/** One group of reasons per document kind, and one for the data fields. */
	private List<ReasonGroup> wholeGroups(ReviewCase c, Locale locale) {
		Set<String> kinds = new LinkedHashSet<>();
		c.subject().documents().forEach((document) -> kinds.add(document.kind()));
		kinds.add("DATA");
		List<ReasonGroup> groups = new ArrayList<>();
		for (String kind : kinds) {
			List<ReasonOption> options = options(kind, locale);
			if (!options.isEmpty()) {
				groups.add(new ReasonGroup(kind, itemLabel(kind, locale), options, null, false));
			}
		}
		return groups;
	}

	/**
	 * One group per undecided item of an application case, with the reasons of its kind
	 * and its due time; the items decided before are shown, not asked again.
	 */
	private List<ReasonGroup> itemGroups(ReviewCase c, Instant now, Locale locale) {
		return c.undecidedItems()
			.stream()
			.map((item) -> new ReasonGroup(item.ref(), itemLabel(item.ref(), locale),
					options(kindOf(item.ref()), locale), time(item.dueBy()), !now.isBefore(item.dueBy())))
			.toList();
	}

	private List<ReasonOption> options(String itemKind, Locale locale) {
		return this.catalogue.list(itemKind, locale)
			.stream()
			.map((entry) -> new ReasonOption(entry.code(), entry.text(), entry.howToFix()))
			.toList();
	}

	private static String kindOf(String ref) {
		if (ref.startsWith("category:")) {
			return "CATEGORY";
		}
		if (ref.startsWith("brand:")) {
			return "BRAND";
		}
		return "DATA";
	}

	/**
	 * An item as the reviewer reads it: a document kind, {@code category:<code>},
	 * {@code brand:<index>} or a data field.
	 */
	/**
	 * A reviewer's name for an item or a document: {@code brand:0} is "Brand no. 1",
	 * {@code category:shoes} "Category “shoes”", an item's document
	 * {@code brand:0.TRADEMARK_CERTIFICATE} "Brand no. 1 — Trademark certificate", a
	 * document kind or data field its own label.
	 */
	private String itemLabel(String ref, Locale locale) {
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
	private String flagLabel(String code, Locale locale) {
		int colon = code.lastIndexOf(':');
		String check = colon > 0 ? code.substring(colon + 1) : code;
		String checkLabel = label("review-flag.", check, locale);
		return colon > 0 ? itemLabel(code.substring(0, colon), locale) + " — " + checkLabel : checkLabel;
	}

	/** A summary line's name: a data field's label, or the item it describes. */
	private String fieldLabel(String name, Locale locale) {
		return name.indexOf(':') > 0 ? itemLabel(name, locale) : label("review-field.", name, locale);
	}

	private String label(String prefix, String code, Locale locale) {
		return this.messages.getMessage(prefix + code, null, code, locale);
	}

	private String actor(AuditTrail.Recorded entry, UUID me, Locale locale) {
		if (me.equals(entry.actorId())) {
			return label("review-history.actor.", "YOU", locale);
		}
		return label("review-history.actor.", entry.actorKind(), locale);
	}

	private List<ReasonView> reasons(List<Reason> reasons, Map<String, ReasonCatalogue.Entry> texts, Locale locale) {
		return reasons.stream().map((reason) -> {
			ReasonCatalogue.Entry entry = texts.get(reason.code());
			return new ReasonView(itemLabel(reason.field(), locale), reason.code(),
					entry != null ? entry.text() : reason.code(), reason.message());
		}).toList();
	}

	/**
	 * The banner of a refused decision: the problem's title and detail, each violation's
	 * message, and the messages that belong next to a part of the form.
	 */
	private PageProblem problem(Refusal ex, List<ItemForm> items, Locale locale) {
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
			String item = field.startsWith("items[") && place != null && !place.equals("items")
					? itemLabel(place, locale) + ": " : "";
			lines.add(item + text);
		}
		return new PageProblem(ex.code(), title, detail, lines, inline);
	}

	/**
	 * Where a violation shows in the form: {@code outcome}, {@code reasons}, or the ref
	 * of an item.
	 */
	private static @Nullable String placeOf(String field, List<ItemForm> items) {
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

	/** Where a case stands against its deadline. */
	enum Marker {

		/** past due, or escalated */
		LATE,

		/** due before midnight, Beijing time */
		DUE_TODAY,

		/** due later */
		ON_TIME,

		/** decided or withdrawn: no longer due */
		CLOSED

	}

	/** Who works a case, as the reviewer reading it sees it. */
	enum Assignee {

		/** the reviewer reading the page */
		YOU,

		/** another reviewer */
		SOMEONE,

		/** nobody yet */
		NOBODY

	}

	/**
	 * The decision form. A whole decision names {@code outcome} and, for a rejection,
	 * {@code reasons} as {@code FIELD|CODE} ({@code DATA|CODE} for the data field chosen
	 * in {@code dataField}); an item-by-item decision names {@code items}. Notes are
	 * keyed {@code FIELD|CODE} (the item's ref as the field). Reasons count only for a
	 * rejection: switching to Approve drops the ones ticked before. In an item-by-item
	 * decision ({@code mode=items}) an item with neither an outcome nor a ticked reason
	 * is left undecided for later (R-APP-5); at least one item must be decided.
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
			reasons = reasons != null ? reasons : List.of();
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

		Reviews.Decision decision() {
			List<ItemForm> decided = chosen();
			if (!decided.isEmpty()) {
				return new Reviews.Decision(null, List.of(), decided.stream().map((item) -> {
					List<Reason> chosen = item.outcome() != Verdict.REJECT ? List.of()
							: item.reasons()
								.stream()
								.map((code) -> new Reason(item.ref(), code, note(item.ref() + "|" + code)))
								.toList();
					return new Reviews.ItemOutcome(item.ref(), outcome(item.outcome()), chosen);
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
						chosen.add(new Reason(field, key.substring(bar + 1), note(key)));
					}
				}
			}
			return new Reviews.Decision(outcome(this.outcome), chosen, List.of(), this.version);
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
			return new Draft(this.outcome != null ? this.outcome.name() : null, checked, notes, outcomes,
					this.dataField);
		}

		private @Nullable String note(String key) {
			String note = this.notes.get(key);
			return note == null || note.isBlank() ? null : note.strip();
		}

		private static @Nullable Outcome outcome(@Nullable Verdict verdict) {
			if (verdict == null) {
				return null;
			}
			return verdict == Verdict.APPROVE ? Outcome.APPROVED : Outcome.REJECTED;
		}

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
			reasons = reasons != null ? reasons : List.of();
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

	/**
	 * A line of the queue.
	 *
	 * @param caseId the case
	 * @param memberId the seller
	 * @param attempt which attempt
	 * @param submittedAt when it entered the queue (Beijing time)
	 * @param dueBy the next deadline (Beijing time): the earliest due time among the
	 * undecided items, or the case's
	 * @param marker late, due today or on time
	 * @param assignee you, someone or nobody
	 * @param failedFlags how many automated checks failed
	 * @param caseDueBy the whole case's due time when an item is due earlier (Beijing
	 * time), {@code null} otherwise
	 */
	record QueueRow(UUID caseId, String memberId, int attempt, String submittedAt, String dueBy, Marker marker,
			Assignee assignee, long failedFlags, @Nullable String caseDueBy) {
	}

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
			String submittedAt, String dueBy, @Nullable String nextDueBy, Marker marker, Assignee assignee,
			boolean mine, long version, List<Labelled> summary, List<DocumentView> documents, List<FlagView> flags,
			List<ChangeView> changes, List<ReasonView> reasons, List<ItemView> itemDecisions,
			List<AttemptView> previousAttempts, List<HistoryLine> history, boolean itemByItem, List<ItemRow> items) {
	}

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
	 */
	record Labelled(String name, String label, @Nullable String value) {
	}

	/**
	 * @param label the document kind
	 * @param link where it opens (the documents module records the view)
	 * @param status new or carried over
	 */
	record DocumentView(String label, String link, String status) {
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
	 */
	record ReasonOption(String code, String text, String howToFix) {
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
