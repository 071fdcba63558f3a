package io.kaidian.identity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.account.AccountClosure;
import io.kaidian.review.CaseDecided;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;

/**
 * Applies a reviewer's decision of an identity case (R-ID-5): a rejection marks each
 * document accepted or rejected; an approval binds the subject to the account for good
 * within the limits of R-ID-6 (R-ID-7), unless the subject is banned (R-ID-8).
 */
@Component
class IdentityDecisions {

	private static final Logger log = LoggerFactory.getLogger(IdentityDecisions.class);

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final Subjects subjects;

	private final IdentityRefusal refusal;

	private final AccountClosure closure;

	private final IdentityAudit audit;

	private final ApplicationEventPublisher events;

	private final IdentityReviewSubject reviewSubject;

	private final Clock clock;

	IdentityDecisions(IdentityCases cases, IdentityDocuments documents, Subjects subjects, IdentityRefusal refusal,
			AccountClosure closure, IdentityAudit audit, ApplicationEventPublisher events,
			IdentityReviewSubject reviewSubject, Clock clock) {
		this.cases = cases;
		this.documents = documents;
		this.subjects = subjects;
		this.refusal = refusal;
		this.closure = closure;
		this.audit = audit;
		this.events = events;
		this.reviewSubject = reviewSubject;
		this.clock = clock;
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
			reject(current, decided.reasons());
			return;
		}
		approve(current);
	}

	private void reject(IdentityCase current, List<Reason> reasons) {
		Set<String> rejected = reasons.stream().map(Reason::field).collect(Collectors.toSet());
		for (IdentityDocuments.Attached document : this.documents.of(current.id())) {
			this.documents.mark(current.id(), document.kind(),
					rejected.contains(document.kind().name()) ? "REJECTED" : "ACCEPTED");
		}
		this.refusal.refuse(current, reasons, "IN_REVIEW");
	}

	private void approve(IdentityCase current) {
		String key = Objects.requireNonNull(current.subjectKey());
		SubjectType type = Objects.requireNonNull(current.subjectType());
		if (this.subjects.banned(type, key)) {
			this.refusal.refuse(current, List.of(new Reason(current.subjectField(), "SUBJECT_BANNED", null)),
					"IN_REVIEW");
			this.closure.close(current.sellerId(), "SUBJECT_BANNED");
			return;
		}
		UUID subject = this.subjects.findOrCreate(type, key);
		if (!this.subjects.bind(subject, current.sellerId(), current.memberId(), current.id())) {
			// R-ID-6: one account per individual business, six per enterprise (config)
			log.info("R-ID-6: identity case {} of {} refused at approval, its subject binds no more accounts",
					current.id(), current.memberId());
			this.refusal.refuse(current, List.of(new Reason(current.subjectField(),
					type == SubjectType.ENTERPRISE ? "ENTERPRISE_ACCOUNT_LIMIT" : "ONE_ACCOUNT_PER_PERSON", null)),
					"IN_REVIEW");
			return;
		}
		this.documents.markAll(current.id(), "ACCEPTED");
		this.cases.transition(current, current.approved(), this.clock.instant(), null);
		this.audit.record(current, "APPROVED", "IN_REVIEW", "APPROVED", null);
		this.events.publishEvent(new IdentityApproved(current.sellerId(), current.memberId(), current.id(), type));
		this.reviewSubject.warnOtherCases(current, this.subjects.subjectMac(type, key));
	}

}
