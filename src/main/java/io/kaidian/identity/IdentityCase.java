package io.kaidian.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.review.Reason;

/**
 * One attempt at real-name authentication (R-ID), with its personal data decrypted.
 *
 * @param id the case
 * @param sellerId the account
 * @param memberId its member ID
 * @param attempt 1, then 2 after a rejection or expiry, …
 * @param previousCaseId the previous attempt
 * @param status where it stands
 * @param subjectType enterprise or individual business
 * @param method how Alipay authenticates the subject
 * @param companyName the enterprise's or business's name
 * @param creditCode the enterprise's Unified Social Credit Code
 * @param personName the legal representative's or operator's name
 * @param personIdNumber their resident ID number
 * @param providerRef the id of the Alipay authorisation
 * @param providerStartedAt when the Alipay step started
 * @param reviewCaseId the review desk's case
 * @param expectedDecisionBy when the review is expected to decide
 * @param reasons why it was rejected
 * @param version optimistic lock
 */
record IdentityCase(UUID id, UUID sellerId, String memberId, int attempt, @Nullable UUID previousCaseId,
		CaseStatus status, @Nullable SubjectType subjectType, SubjectType.@Nullable Method method,
		@Nullable String companyName, @Nullable String creditCode, @Nullable String personName,
		@Nullable String personIdNumber, @Nullable UUID providerRef, @Nullable Instant providerStartedAt,
		@Nullable UUID reviewCaseId, @Nullable Instant expectedDecisionBy, List<Reason> reasons, long version) {

	/** Submitted: the Alipay step starts (R-ID-2). Only a draft can be submitted. */
	IdentityCase submitted(UUID authorizationId, Instant now) {
		require(CaseStatus.DRAFT);
		return with(CaseStatus.AWAITING_PROVIDER, authorizationId, now, this.reviewCaseId, this.expectedDecisionBy,
				this.reasons);
	}

	/**
	 * The Alipay step succeeded: a reviewer decides, expected by
	 * {@code expectedDecisionBy} (R-ID-5).
	 */
	IdentityCase authorised(UUID reviewCase, Instant expectedDecisionBy) {
		require(CaseStatus.AWAITING_PROVIDER);
		return with(CaseStatus.IN_REVIEW, this.providerRef, this.providerStartedAt, reviewCase, expectedDecisionBy,
				this.reasons);
	}

	/** Approved: the subject is bound to the account for good (R-ID-7). */
	IdentityCase approved() {
		require(CaseStatus.IN_REVIEW);
		return with(CaseStatus.APPROVED, this.providerRef, this.providerStartedAt, this.reviewCaseId,
				this.expectedDecisionBy, List.of());
	}

	/**
	 * Refused with reasons: by a reviewer, by a rule at approval (R-ID-6, R-ID-8), by the
	 * Alipay step, or at submission for a banned subject.
	 */
	IdentityCase rejected(List<Reason> why) {
		require(CaseStatus.DRAFT, CaseStatus.AWAITING_PROVIDER, CaseStatus.IN_REVIEW);
		if (why.isEmpty()) {
			throw new IllegalArgumentException("A rejection names its reasons");
		}
		return with(CaseStatus.REJECTED, this.providerRef, this.providerStartedAt, this.reviewCaseId,
				this.expectedDecisionBy, List.copyOf(why));
	}

	/** The Alipay step was not completed in time (R-ID-4). */
	IdentityCase expired(Reason why) {
		require(CaseStatus.AWAITING_PROVIDER);
		return with(CaseStatus.EXPIRED, this.providerRef, this.providerStartedAt, this.reviewCaseId,
				this.expectedDecisionBy, List.of(why));
	}

	private void require(CaseStatus... allowed) {
		for (CaseStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new StepNotAllowedException(this.status);
	}

	private IdentityCase with(CaseStatus next, @Nullable UUID provider, @Nullable Instant providerStarted,
			@Nullable UUID reviewCase, @Nullable Instant expected, List<Reason> why) {
		return new IdentityCase(this.id, this.sellerId, this.memberId, this.attempt, this.previousCaseId, next,
				this.subjectType, this.method, this.companyName, this.creditCode, this.personName, this.personIdNumber,
				provider, providerStarted, reviewCase, expected, why, this.version);
	}

	/**
	 * {@code 409 IDENTITY_STEP_NOT_ALLOWED}: the case's state does not allow this step.
	 */
	static final class StepNotAllowedException extends ConflictException {

		StepNotAllowedException(CaseStatus current) {
			super("IDENTITY_STEP_NOT_ALLOWED", current.name());
		}

	}

	/**
	 * The data field that names the subject: the credit code of an enterprise, the ID
	 * number otherwise.
	 */
	String subjectField() {
		return this.subjectType == SubjectType.ENTERPRISE ? "creditCode" : "personIdNumber";
	}

	/**
	 * The normalised key of the subject: the credit code of an enterprise, the ID number
	 * otherwise.
	 */
	@Nullable String subjectKey() {
		if (this.subjectType == null) {
			return null;
		}
		return this.subjectType == SubjectType.ENTERPRISE ? this.creditCode : this.personIdNumber;
	}

}
