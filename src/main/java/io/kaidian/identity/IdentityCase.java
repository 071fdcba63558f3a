package io.kaidian.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
