package io.kaidian.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.account.AccountClosure;
import io.kaidian.documents.Check;
import io.kaidian.documents.DocumentOwner;
import io.kaidian.documents.Documents;
import io.kaidian.documents.StoredDocument;
import io.kaidian.documents.Upload;
import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.CaseDecided;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.Reviews;

/**
 * Real-name authentication (R-ID-1…9): the seller fills in its subject, uploads the
 * documents of R-ID-3 and submits; numbers are checked at once; the Alipay step runs; a
 * reviewer decides; approval binds the subject to the account for good within the limits
 * of R-ID-6; a banned subject is refused and its account closed (R-ID-8). After a
 * rejection the seller changes only what was rejected; accepted documents carry over
 * unchanged.
 */
@Service
public class IdentityVerification {

	static final String OWNER_KIND = "IDENTITY_CASE";

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final Subjects subjects;

	private final Documents store;

	private final Reviews reviews;

	private final AlipayAuthorization alipay;

	private final AccountClosure closure;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final IdentityProperties properties;

	private final Clock clock;

	private final TransactionTemplate nested;

	IdentityVerification(IdentityCases cases, IdentityDocuments documents, Subjects subjects, Documents store,
			Reviews reviews, AlipayAuthorization alipay, AccountClosure closure, AuditTrail audit,
			ApplicationEventPublisher events, IdentityProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.cases = cases;
		this.documents = documents;
		this.subjects = subjects;
		this.store = store;
		this.reviews = reviews;
		this.alipay = alipay;
		this.closure = closure;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The seller's current case, if it ever started one. */
	public Optional<CaseView> current(UUID sellerId) {
		return this.cases.latest(sellerId).map(this::view);
	}

	/**
	 * What the seller entered in its latest case, in clear, and the data fields its next
	 * save may change; read-only, for the seller's own pages, which keep what the seller
	 * does not retype and never render the numbers.
	 */
	public Optional<Entered> entered(UUID sellerId) {
		return this.cases.latest(sellerId).map((c) -> new Entered(Draft.of(c), changeableFields(c)));
	}

	private @Nullable Set<String> changeableFields(IdentityCase c) {
		return switch (c.status()) {
			case DRAFT -> editableFields(c);
			case REJECTED ->
				(c.reviewCaseId() != null) ? c.reasons().stream().map(Reason::field).collect(Collectors.toSet()) : null;
			case EXPIRED -> null;
			default -> Set.of();
		};
	}

	/**
	 * One of the seller's own attempts; another seller's id answers 404 (no existence
	 * leak).
	 */
	public CaseView attempt(UUID sellerId, UUID caseId) {
		return this.cases.attempts(sellerId)
			.stream()
			.filter((c) -> c.id().equals(caseId))
			.findFirst()
			.map(this::view)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Saves the seller's subject data into its draft, starting a new attempt after a
	 * rejection or an expiry. After a rejection only the rejected fields may change.
	 */
	@Transactional
	public CaseView save(UUID sellerId, String memberId, Draft draft) {
		Optional<IdentityCase> latest = this.cases.latestForUpdate(sellerId);
		IdentityCase current = draftOf(sellerId, memberId, latest);
		List<Violation> violations = new ArrayList<>(draft.check(today()));
		Set<String> editable = editableFields(current);
		if (editable != null) {
			for (String field : draft.changedFields(current)) {
				if (!editable.contains(field)) {
					violations.add(Violation.of(field, "FIELD_ACCEPTED"));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		IdentityCase saved = draft.applyTo(current);
		this.cases.saveData(saved);
		return view(this.cases.latest(sellerId).orElseThrow());
	}

	/** Stores one document of the draft (R-ID-3). */
	@Transactional
	public DocumentStatus upload(UUID sellerId, SubjectType.DocumentKind kind, Upload upload) {
		IdentityCase current = this.cases.latestForUpdate(sellerId)
			.filter((c) -> c.status() == CaseStatus.DRAFT)
			.orElseThrow(() -> new ConflictException("IDENTITY_DRAFT_REQUIRED"));
		if (current.subjectType() == null) {
			throw new ConflictException("IDENTITY_DRAFT_REQUIRED");
		}
		if (!current.subjectType().requiredDocuments().contains(kind)) {
			throw RuleViolationException.of("kind", "DOCUMENT_NOT_REQUIRED", kind.name());
		}
		if (this.documents.of(current.id())
			.stream()
			.anyMatch((d) -> d.kind() == kind && "ACCEPTED".equals(d.status()))) {
			throw new ConflictException("DOCUMENT_ACCEPTED");
		}
		StoredDocument stored = this.store.store(upload, new DocumentOwner(OWNER_KIND, current.id(), sellerId));
		this.documents.put(current.id(), kind, stored.id().value(), stored.checks());
		return new DocumentStatus(kind, "UPLOADED", false, stored.checks());
	}

	/**
	 * Submits the draft: every field and document present and valid, the subject not
	 * banned; then the Alipay step starts.
	 */
	@Transactional
	public CaseView submit(UUID sellerId) {
		IdentityCase current = this.cases.latestForUpdate(sellerId)
			.filter((c) -> c.status() == CaseStatus.DRAFT)
			.orElseThrow(() -> new ConflictException("IDENTITY_DRAFT_REQUIRED"));
		List<Violation> violations = new ArrayList<>(Draft.of(current).checkComplete(today()));
		if (current.subjectType() != null) {
			Set<SubjectType.DocumentKind> present = this.documents.of(current.id())
				.stream()
				.map(IdentityDocuments.Attached::kind)
				.collect(Collectors.toSet());
			for (SubjectType.DocumentKind kind : current.subjectType().requiredDocuments()) {
				if (!present.contains(kind)) {
					violations.add(Violation.of(kind.name(), "DOCUMENT_REQUIRED"));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Instant now = this.clock.instant();
		String key = Objects.requireNonNull(current.subjectKey());
		if (this.subjects.banned(current.subjectType(), key)) {
			// R-ID-8: a banned subject's new case is refused and the account closed
			refuse(current, List.of(new Reason(subjectField(current), "SUBJECT_BANNED", null)), "SUBMITTED");
			this.closure.close(sellerId, "SUBJECT_BANNED");
			return view(this.cases.latest(sellerId).orElseThrow());
		}
		this.cases.transition(current, current.submitted(UUID.randomUUID(), now), now,
				this.subjects.subjectMac(current.subjectType(), key));
		record(current, "SUBMITTED", "DRAFT", "AWAITING_PROVIDER", null);
		return view(this.cases.latest(sellerId).orElseThrow());
	}

	/** The Alipay step finished (the sandbox page, or the real provider's callback). */
	@Transactional
	public void completeProvider(UUID providerRef, boolean authorised) {
		IdentityCase current = this.cases.byProviderRef(providerRef).orElseThrow(NotFoundException::new);
		if (current.status() != CaseStatus.AWAITING_PROVIDER) {
			// the provider's callback came twice, or after expiry
			throw new ConflictException("PROVIDER_STEP_CLOSED");
		}
		if (!authorised) {
			refuse(current, List.of(new Reason("method", "ALIPAY_AUTHORIZATION_FAILED", null)), "AWAITING_PROVIDER");
			return;
		}
		var review = this.reviews.open(new Reviews.OpenCase(Queue.IDENTITY, subjectRef(current), current.sellerId(),
				current.memberId(), reviewSubject(current)));
		this.cases.transition(current, current.authorised(review.id(), review.dueBy()), this.clock.instant(), null);
		record(current, "ALIPAY_COMPLETED", "AWAITING_PROVIDER", "IN_REVIEW", null);
	}

	/** Applies a reviewer's decision of an identity case. */
	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.queue() != Queue.IDENTITY) {
			return;
		}
		IdentityCase current = this.cases.latestForUpdate(decided.sellerId())
			.filter((c) -> decided.caseId().equals(c.reviewCaseId()) && c.status() == CaseStatus.IN_REVIEW)
			.orElse(null);
		if (current == null) {
			return; // already applied
		}
		if (decided.outcome() == Outcome.REJECTED) {
			Set<String> rejected = decided.reasons().stream().map(Reason::field).collect(Collectors.toSet());
			for (IdentityDocuments.Attached document : this.documents.of(current.id())) {
				this.documents.mark(current.id(), document.kind(),
						rejected.contains(document.kind().name()) ? "REJECTED" : "ACCEPTED");
			}
			refuse(current, decided.reasons(), "IN_REVIEW");
			return;
		}
		approve(current);
	}

	/** R-ID-4: cases waiting on the Alipay step for longer than two months expire. */
	@Transactional
	public int expireWaiting() {
		Instant now = this.clock.instant();
		Instant cutoff = now.atZone(ZoneOffset.UTC).minus(this.properties.providerTimeout()).toInstant();
		List<IdentityCase> waiting = this.cases.awaitingSince(cutoff);
		for (IdentityCase c : waiting) {
			this.cases.transition(c, c.expired(new Reason("method", "AUTHENTICATION_EXPIRED", null)), now, null);
			record(c, "EXPIRED", "AWAITING_PROVIDER", "EXPIRED", "R-ID-4");
			this.events.publishEvent(new IdentityRejected(c.sellerId(), c.memberId(), c.id(),
					List.of(new Reason("method", "AUTHENTICATION_EXPIRED", null))));
		}
		return waiting.size();
	}

	private void approve(IdentityCase current) {
		String key = Objects.requireNonNull(current.subjectKey());
		SubjectType type = Objects.requireNonNull(current.subjectType());
		if (this.subjects.banned(type, key)) {
			refuse(current, List.of(new Reason(subjectField(current), "SUBJECT_BANNED", null)), "IN_REVIEW");
			this.closure.close(current.sellerId(), "SUBJECT_BANNED");
			return;
		}
		UUID subject = this.subjects.findOrCreate(type, key);
		Boolean bound = this.nested
			.execute((status) -> this.subjects.bind(subject, current.sellerId(), current.memberId(), current.id()));
		if (!Boolean.TRUE.equals(bound)) {
			// R-ID-6: one account per individual business, six per enterprise (config)
			refuse(current, List.of(new Reason(subjectField(current),
					type == SubjectType.ENTERPRISE ? "ENTERPRISE_ACCOUNT_LIMIT" : "ONE_ACCOUNT_PER_PERSON", null)),
					"IN_REVIEW");
			return;
		}
		this.documents.markAll(current.id(), "ACCEPTED");
		this.cases.transition(current, current.approved(), this.clock.instant(), null);
		record(current, "APPROVED", "IN_REVIEW", "APPROVED", null);
		this.events.publishEvent(new IdentityApproved(current.sellerId(), current.memberId(), current.id(), type));
	}

	private void refuse(IdentityCase current, List<Reason> reasons, String from) {
		this.cases.transition(current, current.rejected(reasons), this.clock.instant(), null);
		record(current, "REJECTED", from, "REJECTED",
				reasons.stream().map(Reason::code).distinct().collect(Collectors.joining(",")));
		this.events.publishEvent(new IdentityRejected(current.sellerId(), current.memberId(), current.id(), reasons));
	}

	/**
	 * The draft to edit: the live draft, or a new attempt after a rejection or expiry.
	 */
	private IdentityCase draftOf(UUID sellerId, String memberId, Optional<IdentityCase> latest) {
		if (latest.isPresent()) {
			IdentityCase c = latest.get();
			switch (c.status()) {
				case DRAFT:
					return c;
				case APPROVED:
					// R-ID-7: bound for good
					throw new ConflictException("IDENTITY_BOUND");
				case AWAITING_PROVIDER, IN_REVIEW:
					throw new ConflictException("IDENTITY_SUBMITTED");
				default:
					break;
			}
		}
		IdentityCase previous = latest.orElse(null);
		IdentityCase next = new IdentityCase(UUID.randomUUID(), sellerId, memberId,
				previous != null ? previous.attempt() + 1 : 1, previous != null ? previous.id() : null,
				CaseStatus.DRAFT, previous != null ? previous.subjectType() : null,
				previous != null ? previous.method() : null, previous != null ? previous.companyName() : null,
				previous != null ? previous.creditCode() : null, previous != null ? previous.personName() : null,
				previous != null ? previous.personIdNumber() : null, null, null, null, null, List.of(), 0);
		this.cases.insert(next, this.clock.instant());
		if (previous != null && previous.status() == CaseStatus.REJECTED) {
			this.documents.carryOverAccepted(previous.id(), next.id());
		}
		return next;
	}

	/**
	 * The data fields the seller may change: all of them in a first attempt or after an
	 * expiry or a refused Alipay step; after a reviewer's rejection only those its
	 * reasons named.
	 */
	private @Nullable Set<String> editableFields(IdentityCase current) {
		if (current.previousCaseId() == null) {
			return null;
		}
		IdentityCase previous = this.cases.attempts(current.sellerId())
			.stream()
			.filter((c) -> c.id().equals(current.previousCaseId()))
			.findFirst()
			.orElse(null);
		if (previous == null || previous.status() != CaseStatus.REJECTED || previous.reviewCaseId() == null) {
			return null;
		}
		return previous.reasons().stream().map(Reason::field).collect(Collectors.toSet());
	}

	private ReviewSubject reviewSubject(IdentityCase c) {
		List<ReviewSubject.Field> summary = new ArrayList<>();
		summary.add(new ReviewSubject.Field("subjectType", c.subjectType().name()));
		summary.add(new ReviewSubject.Field("method", c.method().name()));
		if (c.subjectType() == SubjectType.ENTERPRISE) {
			summary.add(new ReviewSubject.Field("companyName", c.companyName()));
			summary.add(new ReviewSubject.Field("creditCode", IdentityNumbers.maskIfPresent(c.creditCode())));
		}
		else {
			summary.add(new ReviewSubject.Field("companyName", c.companyName()));
		}
		summary.add(new ReviewSubject.Field("personName", c.personName()));
		summary.add(new ReviewSubject.Field("personIdNumber", IdentityNumbers.maskIfPresent(c.personIdNumber())));
		List<ReviewSubject.Document> documents = new ArrayList<>();
		List<ReviewSubject.Flag> flags = new ArrayList<>();
		flags.add(new ReviewSubject.Flag("ID_NUMBER_CHECKSUM", true, "ISO 7064 MOD 11-2, birth date and region"));
		if (c.subjectType() == SubjectType.ENTERPRISE) {
			flags.add(new ReviewSubject.Flag("CREDIT_CODE_CHECKSUM", true, "GB 32100-2015"));
		}
		flags.add(new ReviewSubject.Flag("ALIPAY_AUTHORIZED", true, null));
		for (IdentityDocuments.Attached d : this.documents.of(c.id())) {
			documents.add(new ReviewSubject.Document(d.kind().name(),
					"/api/v1/review/identity/documents/" + d.documentId(), d.carried() ? "CARRIED_OVER" : "NEW"));
			for (Check check : d.checks()) {
				flags.add(new ReviewSubject.Flag(d.kind().name() + ":" + check.code(), check.passed(), check.detail()));
			}
		}
		List<ReviewSubject.Change> changes = new ArrayList<>();
		if (c.previousCaseId() != null) {
			this.cases.attempts(c.sellerId())
				.stream()
				.filter((p) -> p.id().equals(c.previousCaseId()))
				.findFirst()
				.ifPresent((p) -> changes.addAll(changes(p, c)));
		}
		return new ReviewSubject(summary, documents, flags, List.of(), changes);
	}

	private List<ReviewSubject.Change> changes(IdentityCase before, IdentityCase after) {
		List<ReviewSubject.Change> changes = new ArrayList<>();
		compare(changes, "companyName", before.companyName(), after.companyName());
		compare(changes, "creditCode", IdentityNumbers.maskIfPresent(before.creditCode()),
				IdentityNumbers.maskIfPresent(after.creditCode()));
		compare(changes, "personName", before.personName(), after.personName());
		compare(changes, "personIdNumber", IdentityNumbers.maskIfPresent(before.personIdNumber()),
				IdentityNumbers.maskIfPresent(after.personIdNumber()));
		Map<SubjectType.DocumentKind, UUID> old = this.documents.of(before.id())
			.stream()
			.collect(Collectors.toMap(IdentityDocuments.Attached::kind, IdentityDocuments.Attached::documentId));
		for (IdentityDocuments.Attached d : this.documents.of(after.id())) {
			if (!d.documentId().equals(old.get(d.kind()))) {
				changes.add(new ReviewSubject.Change(d.kind().name(), "replaced", "new upload"));
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

	private CaseView view(IdentityCase c) {
		List<DocumentStatus> documents = this.documents.of(c.id())
			.stream()
			.map((d) -> new DocumentStatus(d.kind(), d.status(), d.carried(), d.checks()))
			.toList();
		AlipayAuthorization.Started provider = c.status() == CaseStatus.AWAITING_PROVIDER && c.providerRef() != null
				? this.alipay.start(c.providerRef(), c.method()) : null;
		return new CaseView(c.id(), c.attempt(), c.status(), c.subjectType(), c.method(), c.companyName(),
				IdentityNumbers.maskIfPresent(c.creditCode()), c.personName(),
				IdentityNumbers.maskIfPresent(c.personIdNumber()), documents, c.reasons(), c.expectedDecisionBy(),
				provider, c.version());
	}

	private void record(IdentityCase c, String action, String from, String to, @Nullable String reason) {
		this.audit.record(new AuditTrail.Entry(c.memberId(), "identity-case:" + c.id(), action, from, to, null,
				"SYSTEM", reason, Map.of("attempt", c.attempt())));
	}

	private static String subjectRef(IdentityCase c) {
		return "identity:" + c.sellerId();
	}

	private static String subjectField(IdentityCase c) {
		return c.subjectType() == SubjectType.ENTERPRISE ? "creditCode" : "personIdNumber";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.ofHours(8)));
	}

	/**
	 * The seller's own data of its latest case.
	 *
	 * @param draft what it entered, numbers in clear
	 * @param changeableFields the data fields its next save may change; {@code null} when
	 * all may
	 */
	public record Entered(Draft draft, @Nullable Set<String> changeableFields) {
	}

	/**
	 * A document of the case as the seller sees it.
	 *
	 * @param kind the document kind
	 * @param status UPLOADED, ACCEPTED or REJECTED
	 * @param carriedOver accepted in an earlier attempt and kept unchanged
	 * @param checks the automated checks of the upload
	 */
	public record DocumentStatus(SubjectType.DocumentKind kind, String status, boolean carriedOver,
			List<Check> checks) {
	}

	/**
	 * The case as {@code GET /api/v1/me/identity} shows it; numbers masked.
	 *
	 * @param caseId the case
	 * @param attempt its attempt number
	 * @param status where it stands
	 * @param subjectType enterprise or individual business
	 * @param method the Alipay method
	 * @param companyName the company's or business's name
	 * @param creditCode the credit code, masked
	 * @param personName the person's name
	 * @param personIdNumber the ID number, masked
	 * @param documents the documents
	 * @param reasons why it was rejected
	 * @param expectedDecisionBy when the review is expected to decide
	 * @param provider the Alipay step, while waiting on it
	 * @param version the case's version
	 */
	public record CaseView(UUID caseId, int attempt, CaseStatus status, @Nullable SubjectType subjectType,
			SubjectType.@Nullable Method method, @Nullable String companyName, @Nullable String creditCode,
			@Nullable String personName, @Nullable String personIdNumber, List<DocumentStatus> documents,
			List<Reason> reasons, @Nullable Instant expectedDecisionBy, AlipayAuthorization.@Nullable Started provider,
			long version) {
	}

}
