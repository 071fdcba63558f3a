package io.kaidian.settlement;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.kaidian.identity.CaseStatus;
import io.kaidian.identity.IdentityVerification;
import io.kaidian.identity.SubjectType;
import io.kaidian.platform.rules.ConflictException;

/** The seller's approved subject type: the application starts after it (R-APP-1). */
@Component
class ApprovedIdentity {

	private final IdentityVerification identity;

	ApprovedIdentity(IdentityVerification identity) {
		this.identity = identity;
	}

	/** The approved subject type, or {@code 409 IDENTITY_NOT_APPROVED} (R-APP-1). */
	SubjectType require(UUID sellerId) {
		return of(sellerId).orElseThrow(() -> new ConflictException("IDENTITY_NOT_APPROVED"));
	}

	Optional<SubjectType> of(UUID sellerId) {
		return this.identity.current(sellerId)
			.filter((c) -> c.status() == CaseStatus.APPROVED)
			.map(IdentityVerification.CaseView::subjectType);
	}

}
