package io.kaidian.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import io.kaidian.documents.Check;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.review.Reason;

/**
 * The seller's real-name authentication as the seller sees it (R-ID-1…9): its current
 * case, one of its attempts, and what it entered. Each step is a use case of its own:
 * {@link IdentityDrafting}, {@link IdentityDocumentUpload}, {@link IdentitySubmission},
 * {@link AlipayCallback}, then the reviewer's decision ({@code IdentityDecisions}) and
 * the expiry of R-ID-4 ({@code IdentityExpiry}). See {@code docs/guide/identity.md}.
 */
@Service
public class IdentityVerification {

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final ChangeableFields changeable;

	private final AlipayAuthorization alipay;

	IdentityVerification(IdentityCases cases, IdentityDocuments documents, ChangeableFields changeable,
			AlipayAuthorization alipay) {
		this.cases = cases;
		this.documents = documents;
		this.changeable = changeable;
		this.alipay = alipay;
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
		return this.cases.latest(sellerId).map((c) -> new Entered(Draft.of(c), this.changeable.ofNextSave(c)));
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
