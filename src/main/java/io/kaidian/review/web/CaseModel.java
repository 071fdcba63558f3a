package io.kaidian.review.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.review.CaseDocuments;
import io.kaidian.review.CaseFile;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewSubject;

/**
 * Builds the case page's model: the case as its reader sees it ({@link CaseView}) and,
 * for the reviewer working it, the reasons to tick per document kind or per undecided
 * item (R-APP-5, R-APP-6).
 */
@Component
class CaseModel {

	private final ReasonCatalogue catalogue;

	private final AuditTrail audit;

	private final ReviewLabels labels;

	private final CaseDocuments documents;

	CaseModel(ReasonCatalogue catalogue, AuditTrail audit, ReviewLabels labels, CaseDocuments documents) {
		this.catalogue = catalogue;
		this.audit = audit;
		this.labels = labels;
		this.documents = documents;
	}

	/** The case as {@code me} reads it. */
	CaseView view(CaseFile file, UUID me, Locale locale) {
		ReviewCase c = file.reviewCase();
		Instant now = file.now();
		Map<String, ReasonCatalogue.Entry> texts = this.catalogue.list(null, locale)
			.stream()
			.collect(Collectors.toMap(ReasonCatalogue.Entry::code, Function.identity()));
		boolean open = c.status() == ReviewCase.Status.OPEN;
		boolean mine = open && me.equals(c.assignee());
		return new CaseView(c.id(), c.queue().name(), c.memberId(), c.attempt(), c.status().name(),
				c.outcome() != null ? c.outcome().name() : null, ReviewLabels.time(c.submittedAt()),
				ReviewLabels.time(c.dueBy()),
				open && !c.nextDueBy().equals(c.dueBy()) ? ReviewLabels.time(c.nextDueBy()) : null,
				CaseMarkers.marker(c, file.late(), now), CaseMarkers.assignee(c, me), mine, c.version(),
				summary(c, mine, locale), documents(c, locale), flags(c.subject(), locale),
				changes(c.subject(), locale), this.labels.reasons(c.reasons(), texts, locale),
				c.items()
					.stream()
					.map((item) -> new CaseView.ItemView(this.labels.itemLabel(item.ref(), locale),
							item.outcome().name(), this.labels.reasons(item.reasons(), texts, locale)))
					.toList(),
				attempts(file, texts, locale), history(file, me, locale), !c.subject().items().isEmpty(),
				items(c, now, texts, locale));
	}

	/**
	 * The reasons the reviewer may tick: one group per document kind and one for the data
	 * fields, or one per undecided item of an application case.
	 */
	List<CaseView.ReasonGroup> groups(ReviewCase c, Instant now, Locale locale) {
		List<String> numbered = this.catalogue.list(null, locale).stream().map(ReasonCatalogue.Entry::code).toList();
		return c.subject().items().isEmpty() ? wholeGroups(c, numbered, locale) : itemGroups(c, now, numbered, locale);
	}

	/** The data; the masked numbers the reader may reveal when the case is theirs. */
	private List<CaseView.Labelled> summary(ReviewCase c, boolean mine, Locale locale) {
		Set<String> revealable = mine ? this.documents.revealable(c.queue()) : Set.of();
		return c.subject()
			.summary()
			.stream()
			.map((field) -> new CaseView.Labelled(field.name(), this.labels.fieldLabel(field.name(), locale),
					this.labels.value(field.name(), field.value(), locale),
					field.value() != null && revealable.contains(field.name())))
			.toList();
	}

	private List<CaseView.DocumentView> documents(ReviewCase c, Locale locale) {
		List<ReviewSubject.Document> all = c.subject().documents();
		List<Integer> pages = this.documents.pages(c);
		List<CaseView.DocumentView> views = new ArrayList<>();
		for (int index = 0; index < all.size(); index++) {
			ReviewSubject.Document document = all.get(index);
			views.add(new CaseView.DocumentView(this.labels.itemLabel(document.kind(), locale),
					ReviewLabels.pageLink(document.link()),
					this.labels.label("review-document.", document.status(), locale), index, pages.get(index)));
		}
		return views;
	}

	private List<CaseView.FlagView> flags(ReviewSubject subject, Locale locale) {
		return subject.flags()
			.stream()
			.sorted(Comparator.comparing(ReviewSubject.Flag::passed))
			.map((flag) -> new CaseView.FlagView(flag.code(), this.labels.flagLabel(flag.code(), locale), flag.passed(),
					this.labels.text(flag.detail(), locale)))
			.toList();
	}

	private List<CaseView.ChangeView> changes(ReviewSubject subject, Locale locale) {
		return subject.changes()
			.stream()
			.map((change) -> new CaseView.ChangeView(this.labels.itemLabel(change.field(), locale),
					change(change.before(), locale), change(change.after(), locale)))
			.toList();
	}

	/** "new upload", "replaced", "new item" in the reader's language; data as it is. */
	private @Nullable String change(@Nullable String value, Locale locale) {
		return value != null ? this.labels.label("review-change.", value, locale) : null;
	}

	private List<CaseView.AttemptView> attempts(CaseFile file, Map<String, ReasonCatalogue.Entry> texts,
			Locale locale) {
		return file.previousAttempts()
			.stream()
			.map((attempt) -> new CaseView.AttemptView(attempt.id(), attempt.attempt(),
					attempt.outcome() != null ? attempt.outcome().name() : null,
					attempt.decidedAt() != null ? ReviewLabels.time(attempt.decidedAt()) : null,
					this.labels.reasons(attempt.reasons(), texts, locale)))
			.toList();
	}

	/** The recorded steps of this case and its other attempts. */
	private List<CaseView.HistoryLine> history(CaseFile file, UUID me, Locale locale) {
		List<String> subjects = new ArrayList<>();
		subjects.add("review-case:" + file.reviewCase().id());
		file.previousAttempts().forEach((attempt) -> subjects.add("review-case:" + attempt.id()));
		return this.audit.history(file.reviewCase().memberId(), subjects)
			.stream()
			.map((entry) -> new CaseView.HistoryLine(ReviewLabels.time(entry.at()),
					this.labels.label("review-history.action.", entry.action(), locale),
					entry.fromState() != null ? this.labels.label("review-state.", entry.fromState(), locale) : null,
					entry.toState() != null ? this.labels.label("review-state.", entry.toState(), locale) : null,
					actor(entry, me, locale), why(entry, locale)))
			.toList();
	}

	/** Why, as recorded; for a revealed number, which field. */
	private @Nullable String why(AuditTrail.Recorded entry, Locale locale) {
		if (entry.detail().get("field") instanceof String field) {
			return this.labels.fieldLabel(field, locale);
		}
		return entry.reason();
	}

	private String actor(AuditTrail.Recorded entry, UUID me, Locale locale) {
		if (me.equals(entry.actorId())) {
			return this.labels.label("review-history.actor.", "YOU", locale);
		}
		return this.labels.label("review-history.actor.", entry.actorKind(), locale);
	}

	private List<CaseView.ItemRow> items(ReviewCase c, Instant now, Map<String, ReasonCatalogue.Entry> texts,
			Locale locale) {
		return c.itemStates()
			.stream()
			.map((item) -> new CaseView.ItemRow(item.ref(), this.labels.itemLabel(item.ref(), locale),
					ReviewLabels.time(item.dueBy()),
					c.status() == ReviewCase.Status.OPEN && !item.decided() && !now.isBefore(item.dueBy()),
					item.outcome() != null ? item.outcome().name() : null,
					this.labels.reasons(item.reasons(), texts, locale)))
			.toList();
	}

	/**
	 * One group of reasons per document kind, one per data field taking reasons of its
	 * own (a store's new name and domain), and otherwise one for the data fields.
	 */
	private List<CaseView.ReasonGroup> wholeGroups(ReviewCase c, List<String> numbered, Locale locale) {
		Set<String> kinds = new LinkedHashSet<>();
		c.subject().documents().forEach((document) -> kinds.add(document.kind()));
		c.subject()
			.summary()
			.stream()
			.map(ReviewSubject.Field::name)
			.filter(ReasonCatalogue::isFieldKind)
			.forEach(kinds::add);
		if (kinds.stream().noneMatch(ReasonCatalogue::isFieldKind)) {
			kinds.add("DATA");
		}
		List<CaseView.ReasonGroup> groups = new ArrayList<>();
		for (String kind : kinds) {
			List<CaseView.ReasonOption> options = options(kind, numbered, locale);
			if (!options.isEmpty()) {
				groups.add(new CaseView.ReasonGroup(kind, this.labels.itemLabel(kind, locale), options, null, false));
			}
		}
		return groups;
	}

	/**
	 * One group per undecided item of an application case, with the reasons of its kind
	 * and its due time; the items decided before are shown, not asked again.
	 */
	private List<CaseView.ReasonGroup> itemGroups(ReviewCase c, Instant now, List<String> numbered, Locale locale) {
		return c.undecidedItems()
			.stream()
			.map((item) -> new CaseView.ReasonGroup(item.ref(), this.labels.itemLabel(item.ref(), locale),
					options(ReviewLabels.kindOf(item.ref()), numbered, locale), ReviewLabels.time(item.dueBy()),
					!now.isBefore(item.dueBy())))
			.toList();
	}

	/**
	 * The reasons of an item kind, each numbered by its place in the whole catalogue: the
	 * same number on every item and every case.
	 */
	private List<CaseView.ReasonOption> options(String itemKind, List<String> numbered, Locale locale) {
		return this.catalogue.list(itemKind, locale)
			.stream()
			.map((entry) -> new CaseView.ReasonOption(entry.code(), entry.text(), entry.howToFix(),
					numbered.indexOf(entry.code()) + 1))
			.toList();
	}

}
