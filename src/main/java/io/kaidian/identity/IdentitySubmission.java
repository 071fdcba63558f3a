package io.kaidian.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.account.AccountClosure;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.Reason;

/**
 * The seller submits its draft: every field and document present and valid (R-ID-1,
 * R-ID-3), the subject not banned (R-ID-8); then the Alipay step starts (R-ID-2).
 */
@Service
public class IdentitySubmission {

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final Subjects subjects;

	private final IdentityRefusal refusal;

	private final AccountClosure closure;

	private final IdentityAudit audit;

	private final IdentityVerification verification;

	private final Clock clock;

	IdentitySubmission(IdentityCases cases, IdentityDocuments documents, Subjects subjects, IdentityRefusal refusal,
			AccountClosure closure, IdentityAudit audit, IdentityVerification verification, Clock clock) {
		this.cases = cases;
		this.documents = documents;
		this.subjects = subjects;
		this.refusal = refusal;
		this.closure = closure;
		this.audit = audit;
		this.verification = verification;
		this.clock = clock;
	}

	/**
	 * Submits the draft: every field and document present and valid, the subject not
	 * banned; then the Alipay step starts.
	 */
	@Transactional
	public IdentityVerification.CaseView submit(UUID sellerId) {
		IdentityCase current = this.cases.latestForUpdate(sellerId)
			.filter((c) -> c.status() == CaseStatus.DRAFT)
			.orElseThrow(() -> new ConflictException("IDENTITY_DRAFT_REQUIRED"));
		List<Violation> violations = new ArrayList<>(Draft.of(current).checkComplete(today()));
		violations.addAll(missingDocuments(current));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Instant now = this.clock.instant();
		String key = Objects.requireNonNull(current.subjectKey());
		if (this.subjects.banned(current.subjectType(), key)) {
			// R-ID-8: a banned subject's new case is refused and the account closed
			this.refusal.refuse(current, List.of(new Reason(current.subjectField(), "SUBJECT_BANNED", null)),
					"SUBMITTED");
			this.closure.close(sellerId, "SUBJECT_BANNED");
			return this.verification.current(sellerId).orElseThrow();
		}
		this.cases.transition(current, current.submitted(UUID.randomUUID(), now), now,
				this.subjects.subjectMac(current.subjectType(), key));
		this.audit.record(current, "SUBMITTED", "DRAFT", "AWAITING_PROVIDER", null);
		return this.verification.current(sellerId).orElseThrow();
	}

	/** R-ID-3: the documents the subject type requires and the draft lacks. */
	private List<Violation> missingDocuments(IdentityCase current) {
		if (current.subjectType() == null) {
			return List.of();
		}
		Set<SubjectType.DocumentKind> present = this.documents.of(current.id())
			.stream()
			.map(IdentityDocuments.Attached::kind)
			.collect(Collectors.toSet());
		List<Violation> missing = new ArrayList<>();
		for (SubjectType.DocumentKind kind : current.subjectType().requiredDocuments()) {
			if (!present.contains(kind)) {
				missing.add(Violation.of(kind.name(), "DOCUMENT_REQUIRED"));
			}
		}
		return missing;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.ofHours(8)));
	}

}
