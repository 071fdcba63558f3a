package io.kaidian.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.documents.Check;
import io.kaidian.documents.DocumentOwner;
import io.kaidian.documents.Documents;
import io.kaidian.documents.StoredDocument;
import io.kaidian.documents.Upload;
import io.kaidian.identity.CaseStatus;
import io.kaidian.identity.IdentityVerification;
import io.kaidian.identity.SubjectType;
import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.CaseDecided;
import io.kaidian.review.ItemsDecided;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.Reviews;
import io.kaidian.screening.Hit;
import io.kaidian.screening.ScreeningResult;
import io.kaidian.screening.TermList;

/**
 * The settlement application (R-APP-1…7): after identity approval the seller files one
 * application (plan, store type, scope, categories, brands), uploads the documents each
 * item needs and submits; a reviewer decides item by item; after a rejection the seller
 * changes only the rejected items, approved ones stay locked and their documents carry
 * over (PRODUCT.md §4.2). Approved TM-status marks are tracked to their expiry (§4.6).
 * The rules are named policies in {@link ApplicationRules}; the workflow is the
 * aggregate's ({@link SettlementApplication}).
 */
@Service
public class SettlementApplications {

	static final String OWNER_KIND = "SETTLEMENT_APPLICATION";

	static final String DOCUMENT_LINK = "/api/v1/review/application/documents/";

	private final Applications applications;

	private final ApplicationDocuments documents;

	private final ApplicationRules rules;

	private final Offers offers;

	private final IdentityVerification identity;

	private final Documents store;

	private final Reviews reviews;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final SettlementProperties properties;

	private final Clock clock;

	SettlementApplications(Applications applications, ApplicationDocuments documents, ApplicationRules rules,
			Offers offers, IdentityVerification identity, Documents store, Reviews reviews, AuditTrail audit,
			ApplicationEventPublisher events, SettlementProperties properties, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.rules = rules;
		this.offers = offers;
		this.identity = identity;
		this.store = store;
		this.reviews = reviews;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The seller's application, if it started one. */
	public Optional<ApplicationView> current(UUID sellerId) {
		return this.applications.of(sellerId).map(this::view);
	}

	/**
	 * Saves the whole application (PUT semantics). {@code 409 IDENTITY_NOT_APPROVED}
	 * before identity approval (R-APP-1), {@code 409 APPLICATION_SUBMITTED} while in
	 * review, {@code 409 APPLICATION_APPROVED} once approved; {@code 422} with every
	 * broken rule, each naming its field, and nothing saved. After a rejection the first
	 * save opens the next attempt; approved items, and the plan, store type, scope and
	 * "no brand" they rest on, are locked ({@code 422 ITEM_LOCKED}).
	 */
	@Transactional
	public ApplicationView save(UUID sellerId, String memberId, ApplicationForm form) {
		SubjectType subject = approvedSubject(sellerId);
		Instant now = this.clock.instant();
		boolean fresh = this.applications.start(sellerId, memberId, now);
		SettlementApplication current = this.applications.forUpdate(sellerId).orElseThrow();
		requireEditable(current);
		ApplicationForm normalised = normalise(form);
		List<Violation> violations = new ArrayList<>(
				this.rules.checkGiven(normalised, subject, approvedBrands(current)));
		violations.addAll(locks(current, normalised));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		SettlementApplication draft = reopenIfRejected(current);
		SettlementApplication edited = draft.edited(normalised.salesPlan(), normalised.storeType(),
				normalised.businessScope(), normalised.unbranded(), merge(draft, normalised));
		SettlementApplication saved = this.applications.save(current, edited, now);
		dropDocumentsOfChangedBrands(draft, saved);
		if (fresh) {
			record(saved, "STARTED", null, "DRAFT", null, Map.of());
		}
		if (draft != current) {
			reopened(saved);
		}
		return view(saved);
	}

	/**
	 * Stores a document of the brand at that index (R-APP-5): the trademark certificate
	 * for every brand, and the owner's authorisation letter for an authorised one.
	 * {@code 404 APPLICATION_ITEM_NOT_FOUND} for an index without a brand,
	 * {@code 422 DOCUMENT_NOT_FOR_ITEM} for a kind the brand does not need,
	 * {@code 409 DOCUMENT_ACCEPTED} for an approved brand's.
	 */
	@Transactional
	public DocumentStatus uploadBrandDocument(UUID sellerId, int index, BrandDocumentKind kind, Upload upload) {
		return upload(sellerId, ApplicationItem.brandRef(index), kind.name(), (item) -> (item.brand() != null)
				? item.brand().requiredDocuments().stream().map(Enum::name).toList() : List.of(), upload);
	}

	/**
	 * Stores a document of that category (R-APP-4): its qualification, its product
	 * checklist, where the category asks for them. Errors as for brands.
	 */
	@Transactional
	public DocumentStatus uploadCategoryDocument(UUID sellerId, String categoryCode, CategoryDocumentKind kind,
			Upload upload) {
		return upload(sellerId, ApplicationItem.categoryRef(categoryCode), kind.name(),
				(item) -> categoryDocuments(item.categoryCode(),
						this.applications.of(sellerId).map(SettlementApplication::businessScope).orElse(null)),
				upload);
	}

	/**
	 * Submits the application: complete, every rule kept, every required document present
	 * ({@code 422} naming each missing {@code brand:<i>.<KIND>} and
	 * {@code category:<code>.<KIND>}); one case opens on the {@code APPLICATION} queue
	 * with every item not yet approved. {@code 409 APPLICATION_SUBMITTED} when already
	 * submitted.
	 */
	@Transactional
	public ApplicationView submit(UUID sellerId) {
		SubjectType subject = approvedSubject(sellerId);
		SettlementApplication current = this.applications.forUpdate(sellerId)
			.orElseThrow(() -> new ConflictException("APPLICATION_DRAFT_REQUIRED"));
		requireEditable(current);
		List<Violation> violations = new ArrayList<>(
				this.rules.checkComplete(current.form(), subject, approvedBrands(current)));
		violations.addAll(missingDocuments(current));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Instant now = this.clock.instant();
		SettlementApplication draft = reopenIfRejected(current);
		if (draft.items().stream().noneMatch(ApplicationItem::toReview)) {
			// every rejected item was removed and nothing added: what is left was
			// approved
			SettlementApplication approved = this.applications.save(current,
					draft.approvedAsIs(now, this.properties.tmMarkValidity()), now);
			if (draft != current) {
				reopened(approved);
			}
			record(approved, "APPROVED", "DRAFT", "APPROVED", "ALL_ITEMS_APPROVED", Map.of());
			this.events.publishEvent(approvedEvent(approved));
			return view(approved);
		}
		ReviewCase review = this.reviews.open(new Reviews.OpenCase(Queue.APPLICATION, subjectRef(current),
				current.sellerId(), current.memberId(), reviewSubject(draft)));
		SettlementApplication submitted = this.applications.save(current, draft.submitted(review.id(), review.dueBy()),
				now);
		if (draft != current) {
			reopened(submitted);
		}
		record(submitted, "SUBMITTED", "DRAFT", "IN_REVIEW", null, Map.of("reviewCaseId", review.id().toString(),
				"items", draft.items().stream().filter(ApplicationItem::toReview).map(ApplicationItem::ref).toList()));
		return view(submitted);
	}

	/**
	 * What this seller may choose now: its approved subject type, each plan with why it
	 * may not be chosen (R-APP-2), and what is locked.
	 */
	public Choices choices(UUID sellerId) {
		Optional<SubjectType> subject = approvedSubjectIfAny(sellerId);
		List<Choices.PlanChoice> plans = this.offers.plans().stream().map((terms) -> {
			boolean allowed = subject.isPresent()
					&& (subject.get() == SubjectType.ENTERPRISE || terms.individualBusinessAllowed());
			String reason = subject.isEmpty() ? "IDENTITY_NOT_APPROVED"
					: allowed ? null : "PLAN_NOT_ALLOWED_FOR_SUBJECT";
			return new Choices.PlanChoice(terms.plan(), terms, allowed, reason, terms.upgrade());
		}).toList();
		Optional<SettlementApplication> application = this.applications.of(sellerId);
		Set<String> locked = application.map(SettlementApplications::lockedFields).orElse(Set.of());
		boolean editable = subject.isPresent() && application
			.map((a) -> a.status() == ApplicationStatus.DRAFT || a.status() == ApplicationStatus.REJECTED)
			.orElse(true);
		return new Choices(subject.isPresent(), subject.orElse(null), plans, locked, editable,
				this.properties.maxBrands());
	}

	/** Applies a reviewer's decision of an application case, once (R-APP-6). */
	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.queue() != Queue.APPLICATION) {
			return;
		}
		SettlementApplication current = inReviewOn(decided.sellerId(), decided.caseId()).orElse(null);
		if (current == null) {
			return; // already applied
		}
		List<CaseDecided.ItemDecision> items = decided.items().isEmpty() ? current.items()
			.stream()
			.filter((i) -> i.status() == ItemStatus.IN_REVIEW)
			.map((i) -> new CaseDecided.ItemDecision(i.ref(), decided.outcome(),
					decided.reasons().stream().filter((r) -> r.field().equals(i.ref())).toList()))
			.toList() : decided.items();
		Instant now = this.clock.instant();
		SettlementApplication after = this.applications.save(current,
				current.decided(items, seen(current), now, this.properties.tmMarkValidity()), now);
		for (CaseDecided.ItemDecision item : items) {
			boolean approved = item.outcome() == Outcome.APPROVED;
			this.documents.mark(current.id(), item.ref(), approved ? "ACCEPTED" : "REJECTED");
			// an item decided ahead of the rest was recorded then (R-APP-5)
			itemDecided(current, after, item.ref(), decided.caseId(), decided.decidedBy(), Map.of());
		}
		this.audit.record(new AuditTrail.Entry(current.memberId(), subject(current), "DECIDED", "IN_REVIEW",
				after.status().name(), decided.decidedBy(), "STAFF", codes(after.reasons()),
				Map.of("attempt", current.attempt(), "reviewCaseId", decided.caseId().toString())));
		if (after.status() == ApplicationStatus.APPROVED) {
			this.events.publishEvent(approvedEvent(after));
		}
		else {
			this.events
				.publishEvent(new ApplicationRejected(after.sellerId(), after.memberId(), after.id(), after.reasons()));
		}
	}

	/** The indexes of the brands approved in an earlier attempt (locked, §4.2). */
	private static Set<Integer> approvedBrands(SettlementApplication application) {
		return application.brands()
			.stream()
			.filter(ApplicationItem::locked)
			.map((item) -> Integer.valueOf(item.ref().substring("brand:".length())))
			.collect(Collectors.toSet());
	}

	/**
	 * The seller's application, locked, if it is in review on that case: a decision of
	 * another (older) case, or one applied already, finds nothing.
	 */
	private Optional<SettlementApplication> inReviewOn(UUID sellerId, UUID reviewCaseId) {
		return this.applications.forUpdate(sellerId)
			.filter((a) -> reviewCaseId.equals(a.reviewCaseId()) && a.status() == ApplicationStatus.IN_REVIEW);
	}

	/**
	 * R-APP-5: a reviewer decided some items of the application's current review ahead of
	 * the rest (brands within their 7 working days). Their outcomes and reasons are
	 * recorded on the items at once, the application stays in review, and the seller is
	 * told ({@link ApplicationItemsDecided}). Applied once: a redelivered event, a case
	 * that is not the current review, or an application decided meanwhile changes
	 * nothing. The complete {@link CaseDecided} follows and applies the whole.
	 */
	@ApplicationModuleListener
	void on(ItemsDecided decided) {
		if (decided.queue() != Queue.APPLICATION) {
			return;
		}
		SettlementApplication current = inReviewOn(decided.sellerId(), decided.caseId()).orElse(null);
		if (current == null) {
			return; // another review's, or the whole was decided already
		}
		SettlementApplication early = current.itemsDecided(decided.caseId(), decided.items(), seen(current));
		List<String> now = decided.items()
			.stream()
			.map(CaseDecided.ItemDecision::ref)
			.filter((ref) -> changed(current, early, ref))
			.toList();
		if (now.isEmpty()) {
			return; // already recorded
		}
		Instant at = this.clock.instant();
		SettlementApplication after = this.applications.save(current, early, at);
		List<String> approved = new ArrayList<>();
		List<Reason> rejected = new ArrayList<>();
		for (String ref : now) {
			ApplicationItem item = after.item(ref).orElseThrow();
			boolean approval = item.status() == ItemStatus.APPROVED;
			this.documents.mark(after.id(), ref, approval ? "ACCEPTED" : "REJECTED");
			itemDecided(current, after, ref, decided.caseId(), decided.decidedBy(), Map.of("early", true));
			if (approval) {
				approved.add(label(item));
			}
			else {
				rejected.addAll(item.reasons());
			}
		}
		List<ApplicationItem> remaining = after.items()
			.stream()
			.filter((i) -> i.status() == ItemStatus.IN_REVIEW)
			.toList();
		this.audit.record(new AuditTrail.Entry(after.memberId(), subject(after), "ITEMS_DECIDED", "IN_REVIEW",
				"IN_REVIEW", decided.decidedBy(), "STAFF", codes(rejected),
				Map.of("attempt", after.attempt(), "reviewCaseId", decided.caseId().toString(), "items", now,
						"remaining", remaining.stream().map(ApplicationItem::ref).toList())));
		this.events.publishEvent(new ApplicationItemsDecided(after.sellerId(), after.memberId(), after.id(),
				decided.caseId(), approved, rejected, remaining.stream().map(SettlementApplications::label).toList()));
	}

	/** The items as a decision sees them: each brand's data and its documents' ids. */
	private Map<String, ApplicationItem.Decided> seen(SettlementApplication current) {
		Map<String, Map<String, UUID>> attached = new HashMap<>();
		for (ApplicationDocuments.Attached d : this.documents.of(current.id())) {
			attached.computeIfAbsent(d.ref(), (k) -> new HashMap<>()).put(d.kind(), d.documentId());
		}
		Map<String, ApplicationItem.Decided> seen = new HashMap<>();
		for (ApplicationItem item : current.items()) {
			seen.put(item.ref(),
					new ApplicationItem.Decided(item.brand(), attached.getOrDefault(item.ref(), Map.of())));
		}
		return seen;
	}

	private static boolean changed(SettlementApplication before, SettlementApplication after, String ref) {
		return !Objects.equals(before.item(ref).map(ApplicationItem::status),
				after.item(ref).map(ApplicationItem::status));
	}

	/**
	 * Records an item's decision in the audit trail, if the decision moved it: from in
	 * review to approved or rejected.
	 */
	private void itemDecided(SettlementApplication before, SettlementApplication after, String ref, UUID caseId,
			UUID decidedBy, Map<String, Object> more) {
		if (!changed(before, after, ref)) {
			return;
		}
		ApplicationItem item = after.item(ref).orElseThrow();
		boolean approved = item.status() == ItemStatus.APPROVED;
		String from = before.item(ref).map((i) -> i.status().name()).orElse("IN_REVIEW");
		Map<String, Object> detail = new HashMap<>(more);
		detail.put("attempt", before.attempt());
		detail.put("reviewCaseId", caseId.toString());
		this.audit.record(new AuditTrail.Entry(before.memberId(), itemSubject(before, ref),
				approved ? "ITEM_APPROVED" : "ITEM_REJECTED", from,
				(approved ? Outcome.APPROVED : Outcome.REJECTED).name(), decidedBy, "STAFF", codes(item.reasons()),
				detail));
	}

	/** An item as the seller's message names it: its ref, and a brand's name. */
	private static String label(ApplicationItem item) {
		return (item.brand() != null && item.brand().name() != null) ? item.ref() + " (" + item.brand().name() + ")"
				: item.ref();
	}

	/**
	 * PRODUCT.md §4.6: reminds each seller once, {@code tm-reminder-before} ahead, of an
	 * approved TM-status mark about to lapse, and marks lapsed ones {@code EXPIRED}. Run
	 * by a db-scheduler task, once across instances; rows are locked and skipped by
	 * another instance's run.
	 * @return how many reminders and expiries it handled
	 */
	@Transactional
	public int checkTrademarks() {
		Instant now = this.clock.instant();
		Instant horizon = now.atZone(ZoneOffset.UTC).plus(this.properties.tmReminderBefore()).toInstant();
		int handled = 0;
		for (Applications.Due due : this.applications.remindersDue(horizon, now)) {
			SettlementApplication application = this.applications.byId(due.applicationId()).orElseThrow();
			ApplicationItem item = application.item(due.ref()).orElseThrow();
			this.applications.reminded(application.id(), item.ref(), now);
			this.audit.record(new AuditTrail.Entry(application.memberId(), itemSubject(application, item.ref()),
					"TM_MARK_REMINDED", "APPROVED", "APPROVED", null, "SYSTEM", "TM_MARK_EXPIRING",
					Map.of("expiresAt", Objects.requireNonNull(item.expiresAt()).toString())));
			this.events
				.publishEvent(new TrademarkExpiring(application.sellerId(), application.memberId(), application.id(),
						item.ref(), item.brand().name(), item.brand().trademarkNumber(), item.expiresAt()));
			handled++;
		}
		for (Applications.Due due : this.applications.expiriesDue(now)) {
			SettlementApplication application = this.applications.byId(due.applicationId()).orElseThrow();
			ApplicationItem item = application.item(due.ref()).orElseThrow();
			this.applications.save(application,
					application.itemExpired(item.ref(), new Reason(item.ref(), "TM_MARK_EXPIRED", null)), now);
			this.audit.record(new AuditTrail.Entry(application.memberId(), itemSubject(application, item.ref()),
					"TM_MARK_EXPIRED", "APPROVED", "EXPIRED", null, "SYSTEM", "TM_MARK_EXPIRED",
					Map.of("expiresAt", Objects.requireNonNull(item.expiresAt()).toString())));
			this.events
				.publishEvent(new TrademarkExpired(application.sellerId(), application.memberId(), application.id(),
						item.ref(), item.brand().name(), item.brand().trademarkNumber(), item.expiresAt()));
			handled++;
		}
		return handled;
	}

	/**
	 * Whether a stored document is one of an application's (for the reviewer's route).
	 */
	public boolean holdsDocument(UUID documentId) {
		return this.applications.holding(documentId).isPresent();
	}

	// --- saving

	private DocumentStatus upload(UUID sellerId, String ref, String kind,
			Function<ApplicationItem, List<String>> required, Upload upload) {
		SettlementApplication current = this.applications.forUpdate(sellerId)
			.orElseThrow(() -> new NotFoundException("NO_APPLICATION"));
		requireEditable(current);
		ApplicationItem item = current.item(ref).orElseThrow(() -> new NotFoundException("APPLICATION_ITEM_NOT_FOUND"));
		if (item.locked()) {
			// approved: its documents are kept unchanged (PRODUCT.md §4.2)
			throw new ConflictException("DOCUMENT_ACCEPTED");
		}
		if (!required.apply(item).contains(kind)) {
			throw RuleViolationException.of("kind", "DOCUMENT_NOT_FOR_ITEM", kind, ref);
		}
		SettlementApplication draft = reopenIfRejected(current);
		if (draft != current) {
			reopened(this.applications.save(current, draft, this.clock.instant()));
		}
		StoredDocument stored = this.store.store(upload, new DocumentOwner(OWNER_KIND, current.id(), sellerId));
		this.documents.put(current.id(), ref, kind, stored.id().value(), stored.checks(), this.clock.instant());
		return new DocumentStatus(ref, kind, "UPLOADED", false, stored.checks());
	}

	private SettlementApplication reopenIfRejected(SettlementApplication current) {
		return current.status() == ApplicationStatus.REJECTED ? current.reopened() : current;
	}

	private void reopened(SettlementApplication saved) {
		this.documents.carryOverAccepted(saved.id());
		record(saved, "REOPENED", "REJECTED", "DRAFT", null, Map.of());
	}

	private static void requireEditable(SettlementApplication current) {
		switch (current.status()) {
			case IN_REVIEW -> throw new ConflictException("APPLICATION_SUBMITTED");
			case APPROVED -> throw new ConflictException("APPLICATION_APPROVED");
			default -> {
			}
		}
	}

	/**
	 * PRODUCT.md §4.2, R-APP-6: once an item was approved it is locked, and so are the
	 * plan, the store type, the scope and "no brand" it was approved under. Approved
	 * categories stay in the list; approved brands keep their index and every field.
	 */
	private static List<Violation> locks(SettlementApplication current, ApplicationForm form) {
		if (!current.anyLocked()) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		if (form.salesPlan() != current.salesPlan()) {
			violations.add(Violation.of("salesPlan", "ITEM_LOCKED", "salesPlan"));
		}
		if (form.storeType() != current.storeType()) {
			violations.add(Violation.of("storeType", "ITEM_LOCKED", "storeType"));
		}
		if (!Objects.equals(form.businessScope(), current.businessScope())) {
			violations.add(Violation.of("businessScope", "ITEM_LOCKED", "businessScope"));
		}
		if (form.unbranded() != current.noBrand()) {
			violations.add(Violation.of("noBrand", "ITEM_LOCKED", "noBrand"));
		}
		for (ApplicationItem category : current.categories()) {
			if (category.locked() && !form.categoryCodes().contains(category.categoryCode())) {
				violations.add(Violation.of("categories", "ITEM_LOCKED", category.ref()));
			}
		}
		List<BrandForm> brands = form.brandForms();
		for (ApplicationItem brand : current.brands()) {
			int index = brand.position();
			if (brand.locked() && (index >= brands.size() || brands.get(index) == null
					|| !Brand.of(brands.get(index)).equals(brand.brand()))) {
				violations.add(Violation.of("brands[" + index + "]", "ITEM_LOCKED", brand.ref()));
			}
		}
		return violations;
	}

	/**
	 * The items after a save: categories by code (a kept one keeps its status and
	 * reasons), brands by index (an unchanged one keeps them, a changed one is a draft
	 * again).
	 */
	private static List<ApplicationItem> merge(SettlementApplication current, ApplicationForm form) {
		List<ApplicationItem> next = new ArrayList<>();
		List<String> codes = form.categoryCodes();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			int position = i;
			next.add(current.item(ApplicationItem.categoryRef(code))
				.map((existing) -> existing.moved(position))
				.orElseGet(() -> ApplicationItem.newCategory(code, position)));
		}
		List<BrandForm> brands = form.brandForms();
		for (int i = 0; i < brands.size(); i++) {
			Brand brand = Brand.of(brands.get(i));
			Optional<ApplicationItem> existing = current.item(ApplicationItem.brandRef(i));
			if (existing.isEmpty()) {
				next.add(ApplicationItem.newBrand(i, brand));
			}
			else if (brand.equals(existing.get().brand())) {
				next.add(existing.get());
			}
			else {
				next.add(existing.get().changed(brand, i));
			}
		}
		return next;
	}

	/**
	 * Documents are bound to their brand: another mark at an index (name or number
	 * changed) drops its documents; a brand no longer authorised drops its letter.
	 */
	private void dropDocumentsOfChangedBrands(SettlementApplication before, SettlementApplication after) {
		for (ApplicationItem brand : after.brands()) {
			Optional<ApplicationItem> old = before.item(brand.ref());
			if (old.isEmpty() || old.get().brand() == null) {
				continue;
			}
			List<String> kept = old.get().brand().sameMark(brand.brand())
					? brand.brand().requiredDocuments().stream().map(Enum::name).toList() : List.of();
			this.documents.dropExcept(after.id(), brand.ref(), kept);
		}
	}

	private static ApplicationForm normalise(ApplicationForm form) {
		List<String> codes = form.categoryCodes()
			.stream()
			.map((c) -> c == null || c.isBlank() ? c : c.strip())
			.toList();
		String scope = (form.businessScope() == null || form.businessScope().isBlank()) ? null
				: form.businessScope().strip();
		return new ApplicationForm(form.salesPlan(), form.storeType(), scope, codes, form.brandForms(), form.noBrand());
	}

	private List<String> categoryDocuments(@Nullable String code, @Nullable String scope) {
		if (code == null || scope == null) {
			return List.of();
		}
		return this.offers.scope(scope).flatMap((s) -> s.category(code)).map((c) -> {
			List<String> kinds = new ArrayList<>();
			if (c.requiresQualification()) {
				kinds.add(CategoryDocumentKind.CATEGORY_QUALIFICATION.name());
			}
			if (c.requiresProductChecklist()) {
				kinds.add(CategoryDocumentKind.PRODUCT_CHECKLIST.name());
			}
			return kinds;
		}).orElse(List.of());
	}

	/**
	 * R-APP-4, R-APP-5: each item's required documents, named
	 * {@code category:<code>.<KIND>} and {@code brand:<index>.<KIND>}.
	 */
	private List<Violation> missingDocuments(SettlementApplication current) {
		Set<String> present = this.documents.of(current.id())
			.stream()
			.map((d) -> d.ref() + "." + d.kind())
			.collect(Collectors.toSet());
		List<Violation> violations = new ArrayList<>();
		for (ApplicationItem item : current.items()) {
			List<String> required = (item.brand() != null)
					? item.brand().requiredDocuments().stream().map(Enum::name).toList()
					: categoryDocuments(item.categoryCode(), current.businessScope());
			for (String kind : required) {
				String field = item.ref() + "." + kind;
				if (!present.contains(field)) {
					violations.add(Violation.of(field, "DOCUMENT_REQUIRED"));
				}
			}
		}
		return violations;
	}

	// --- identity

	private SubjectType approvedSubject(UUID sellerId) {
		// R-APP-1: after identity approval
		return approvedSubjectIfAny(sellerId).orElseThrow(() -> new ConflictException("IDENTITY_NOT_APPROVED"));
	}

	private Optional<SubjectType> approvedSubjectIfAny(UUID sellerId) {
		return this.identity.current(sellerId)
			.filter((c) -> c.status() == CaseStatus.APPROVED)
			.map(IdentityVerification.CaseView::subjectType);
	}

	// --- views

	private static Set<String> lockedFields(SettlementApplication a) {
		if (!a.anyLocked()) {
			return Set.of();
		}
		Set<String> locked = new LinkedHashSet<>(List.of("salesPlan", "storeType", "businessScope", "noBrand"));
		a.items().stream().filter(ApplicationItem::locked).map(ApplicationItem::ref).forEach(locked::add);
		return locked;
	}

	private ApplicationView view(SettlementApplication a) {
		List<DocumentStatus> documents = this.documents.of(a.id())
			.stream()
			.map((d) -> new DocumentStatus(d.ref(), d.kind(), d.status(), d.carried(), d.checks()))
			.toList();
		List<ApplicationView.Item> items = a.items()
			.stream()
			.map((i) -> new ApplicationView.Item(i.type(), i.ref(), i.status(), i.reasons(), i.locked(), i.expiresAt()))
			.toList();
		List<BrandView> brands = a.brands()
			.stream()
			.map((i) -> new BrandView(i.position(), i.brand().name(), i.brand().trademarkNumber(),
					i.brand().trademarkStatus(), i.brand().ownership(), i.brand().trademarkClass(), i.brand().owner()))
			.toList();
		return new ApplicationView(a.id(), a.attempt(), a.status(), a.salesPlan(), a.storeType(), a.businessScope(),
				a.categories().stream().map(ApplicationItem::categoryCode).toList(), brands, a.noBrand(), items,
				documents, a.reasons(), a.expectedDecisionBy(), a.version());
	}

	private ApplicationApproved approvedEvent(SettlementApplication a) {
		Offers.Fees fees = this.offers.fees(Objects.requireNonNull(a.businessScope()),
				Objects.requireNonNull(a.salesPlan()));
		List<ApprovedBrand> brands = a.brands()
			.stream()
			.filter((i) -> i.status() == ItemStatus.APPROVED)
			.map((i) -> new ApprovedBrand(i.position(), i.brand().name(), i.brand().trademarkNumber(),
					i.brand().trademarkStatus(), i.brand().ownership(), i.brand().trademarkClass(), i.brand().owner(),
					i.expiresAt()))
			.toList();
		return new ApplicationApproved(a.sellerId(), a.memberId(), a.id(), Objects.requireNonNull(a.businessScope()),
				Objects.requireNonNull(a.salesPlan()), Objects.requireNonNull(a.storeType()),
				a.categories().stream().map(ApplicationItem::categoryCode).toList(), brands, a.noBrand(),
				Objects.requireNonNull(a.approvedAt()), fees.annualFee(), fees.deposit());
	}

	// --- the reviewer's view

	/**
	 * What the reviewer sees: the data, the items to decide (only those not yet approved;
	 * approved ones are shown as carried over), every document with its checks, automated
	 * flags (screening, protected brands and their authorisation, TM validity) and what
	 * changed since the last decision.
	 */
	private ReviewSubject reviewSubject(SettlementApplication a) {
		Optional<BusinessScope> scope = a.businessScope() != null ? this.offers.scope(a.businessScope())
				: Optional.empty();
		List<ApplicationDocuments.Attached> attached = this.documents.of(a.id());
		List<ReviewSubject.Field> summary = new ArrayList<>();
		summary.add(new ReviewSubject.Field("salesPlan", name(a.salesPlan())));
		summary.add(new ReviewSubject.Field("storeType", name(a.storeType())));
		summary.add(new ReviewSubject.Field("businessScope",
				scope.map((s) -> s.code() + " (" + s.nameEn() + " / " + s.nameZh() + ")").orElse(a.businessScope())));
		summary.add(new ReviewSubject.Field("noBrand", Boolean.toString(a.noBrand())));
		summary.add(new ReviewSubject.Field("categories",
				a.categories().stream().map(ApplicationItem::categoryCode).collect(Collectors.joining(", "))));
		for (ApplicationItem item : a.categories()) {
			String name = scope.flatMap((s) -> s.category(item.categoryCode()))
				.map((c) -> c.nameEn() + " / " + c.nameZh())
				.orElse(item.categoryCode());
			summary.add(new ReviewSubject.Field(item.ref(), name + state(item)));
		}
		for (ApplicationItem item : a.brands()) {
			Brand b = item.brand();
			summary.add(new ReviewSubject.Field(item.ref(),
					b.name() + " · " + (b.trademarkStatus() == TrademarkStatus.REGISTERED ? "®" : "TM") + " "
							+ b.trademarkNumber() + " · class "
							+ (b.trademarkClass() != null ? b.trademarkClass() : "-") + " · owner "
							+ (b.owner() != null ? b.owner() : "-") + " · " + name(b.ownership()) + state(item)));
		}
		List<ReviewSubject.Document> documents = new ArrayList<>();
		List<ReviewSubject.Flag> flags = new ArrayList<>();
		for (ApplicationDocuments.Attached d : attached) {
			boolean carried = d.carried() || a.item(d.ref()).map(ApplicationItem::locked).orElse(false);
			documents.add(new ReviewSubject.Document(d.ref() + "." + d.kind(), DOCUMENT_LINK + d.documentId(),
					carried ? "CARRIED_OVER" : "NEW"));
			for (Check check : d.checks()) {
				flags.add(new ReviewSubject.Flag(d.ref() + "." + d.kind() + ":" + check.code(), check.passed(),
						check.detail()));
			}
		}
		for (ApplicationItem item : a.brands()) {
			if (item.locked()) {
				continue;
			}
			Brand b = item.brand();
			ScreeningResult screened = this.rules.screen(Objects.requireNonNull(b.name()));
			List<Hit> prohibited = screened.hits(TermList.PROHIBITED);
			List<Hit> protectedHits = screened.hits(TermList.PROTECTED_BRAND);
			flags.add(new ReviewSubject.Flag(item.ref() + ":SCREENING", prohibited.isEmpty(),
					screened.passed() ? "no prohibited term or protected brand"
							: screened.hits()
								.stream()
								.map((h) -> h.list() + " " + h.term())
								.collect(Collectors.joining(", "))));
			if (!protectedHits.isEmpty()) {
				boolean letter = attached.stream()
					.anyMatch((d) -> d.ref().equals(item.ref())
							&& d.kind().equals(BrandDocumentKind.AUTHORIZATION_LETTER.name()));
				flags.add(new ReviewSubject.Flag(item.ref() + ":PROTECTED_BRAND_AUTHORIZATION",
						b.ownership() == Ownership.AUTHORIZED && letter,
						"protected brand " + protectedHits.get(0).term() + "; claimed as " + name(b.ownership())
								+ (letter ? ", authorisation letter uploaded" : ", no authorisation letter")));
			}
			flags.add(new ReviewSubject.Flag(item.ref() + ":TRADEMARK_NUMBER_FORMAT", true,
					b.trademarkNumber() != null && b.trademarkNumber().startsWith("G")
							? "Madrid international registration" : "CNIPA application/registration number"));
			if (b.trademarkStatus() == TrademarkStatus.TM) {
				flags.add(new ReviewSubject.Flag(item.ref() + ":TM_MARK", true,
						"TM status: valid " + this.properties.tmMarkValidity() + " from approval (PRODUCT.md §4.6)"));
			}
		}
		List<String> items = a.items().stream().filter(ApplicationItem::toReview).map(ApplicationItem::ref).toList();
		return new ReviewSubject(summary, documents, flags, items, changes(a, attached));
	}

	/** What changed per item since its last decision: data, and documents replaced. */
	private static List<ReviewSubject.Change> changes(SettlementApplication a,
			List<ApplicationDocuments.Attached> attached) {
		List<ReviewSubject.Change> changes = new ArrayList<>();
		if (a.attempt() == 1 && a.items().stream().allMatch((i) -> i.decided() == null)) {
			return changes;
		}
		for (ApplicationItem item : a.items()) {
			if (item.locked()) {
				continue;
			}
			ApplicationItem.Decided decided = item.decided();
			if (decided == null) {
				changes.add(new ReviewSubject.Change(item.ref(), null, "new item"));
				continue;
			}
			Brand before = decided.brand();
			Brand after = item.brand();
			if (before != null && after != null) {
				compare(changes, item.ref() + ".name", before.name(), after.name());
				compare(changes, item.ref() + ".trademarkNumber", before.trademarkNumber(), after.trademarkNumber());
				compare(changes, item.ref() + ".trademarkStatus", name(before.trademarkStatus()),
						name(after.trademarkStatus()));
				compare(changes, item.ref() + ".ownership", name(before.ownership()), name(after.ownership()));
				compare(changes, item.ref() + ".trademarkClass", string(before.trademarkClass()),
						string(after.trademarkClass()));
				compare(changes, item.ref() + ".owner", before.owner(), after.owner());
			}
			for (ApplicationDocuments.Attached d : attached) {
				if (d.ref().equals(item.ref()) && !d.documentId().equals(decided.documents().get(d.kind()))) {
					changes.add(new ReviewSubject.Change(item.ref() + "." + d.kind(),
							decided.documents().containsKey(d.kind()) ? "replaced" : null, "new upload"));
				}
			}
		}
		return changes;
	}

	private static void compare(List<ReviewSubject.Change> changes, String field, @Nullable String before,
			@Nullable String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new ReviewSubject.Change(field, before, after));
		}
	}

	private static String state(ApplicationItem item) {
		return item.locked() ? " [approved before, carried over]"
				: item.status() == ItemStatus.REJECTED ? " [rejected before]" : "";
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value != null ? value.name() : null;
	}

	private static @Nullable String string(@Nullable Integer value) {
		return value != null ? value.toString() : null;
	}

	// --- audit

	private void record(SettlementApplication a, String action, @Nullable String from, @Nullable String to,
			@Nullable String reason, Map<String, Object> detail) {
		Map<String, Object> all = new HashMap<>(detail);
		all.put("attempt", a.attempt());
		this.audit
			.record(new AuditTrail.Entry(a.memberId(), subject(a), action, from, to, null, "SELLER", reason, all));
	}

	private static String subject(SettlementApplication a) {
		return "settlement-application:" + a.id();
	}

	private static String itemSubject(SettlementApplication a, String ref) {
		return "settlement-application:" + a.id() + ":" + ref;
	}

	private static @Nullable String codes(List<Reason> reasons) {
		return reasons.isEmpty() ? null
				: reasons.stream().map(Reason::code).distinct().collect(Collectors.joining(","));
	}

	private static String subjectRef(SettlementApplication a) {
		return "application:" + a.sellerId();
	}

}
