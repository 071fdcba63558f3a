package io.kaidian.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * The seller fills in its subject (R-ID-1, R-ID-2): saved into its draft, a new attempt
 * after a rejection or an expiry, in which only the rejected fields may change and the
 * accepted documents carry over.
 */
@Service
public class IdentityDrafting {

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final ChangeableFields changeable;

	private final IdentityVerification verification;

	private final Clock clock;

	IdentityDrafting(IdentityCases cases, IdentityDocuments documents, ChangeableFields changeable,
			IdentityVerification verification, Clock clock) {
		this.cases = cases;
		this.documents = documents;
		this.changeable = changeable;
		this.verification = verification;
		this.clock = clock;
	}

	/**
	 * Saves the seller's subject data into its draft, starting a new attempt after a
	 * rejection or an expiry. After a rejection only the rejected fields may change.
	 */
	@Transactional
	public IdentityVerification.CaseView save(UUID sellerId, String memberId, Draft draft) {
		Optional<IdentityCase> latest = this.cases.latestForUpdate(sellerId);
		IdentityCase current = draftOf(sellerId, memberId, latest);
		List<Violation> violations = new ArrayList<>(draft.check(today()));
		Set<String> editable = this.changeable.ofDraft(current);
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
		this.cases.saveData(draft.applyTo(current));
		return this.verification.current(sellerId).orElseThrow();
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
		IdentityCase next = nextAttempt(sellerId, memberId, previous);
		this.cases.insert(next, this.clock.instant());
		if (previous != null && previous.status() == CaseStatus.REJECTED) {
			this.documents.carryOverAccepted(previous.id(), next.id());
		}
		return next;
	}

	/** A new draft keeping the data of the previous attempt, if any. */
	private static IdentityCase nextAttempt(UUID sellerId, String memberId, @Nullable IdentityCase previous) {
		return new IdentityCase(UUID.randomUUID(), sellerId, memberId, previous != null ? previous.attempt() + 1 : 1,
				previous != null ? previous.id() : null, CaseStatus.DRAFT,
				previous != null ? previous.subjectType() : null, previous != null ? previous.method() : null,
				previous != null ? previous.companyName() : null, previous != null ? previous.creditCode() : null,
				previous != null ? previous.personName() : null, previous != null ? previous.personIdNumber() : null,
				null, null, null, null, List.of(), 0);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.ofHours(8)));
	}

}
