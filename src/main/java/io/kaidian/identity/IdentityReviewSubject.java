package io.kaidian.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.documents.Check;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.ReviewDesk;

/**
 * How identity describes a case to the generic review desk: the data (numbers masked),
 * the documents, the automated checks as flags, and what changed since the previous
 * attempt's decision.
 */
@Component
class IdentityReviewSubject {

	/** The flag of a subject that already binds accounts (R-ID-6). */
	static final String ALREADY_BOUND = "SUBJECT_ALREADY_BOUND";

	private final IdentityCases cases;

	private final IdentityDocuments documents;

	private final Subjects subjects;

	private final ReviewDesk reviews;

	IdentityReviewSubject(IdentityCases cases, IdentityDocuments documents, Subjects subjects, ReviewDesk reviews) {
		this.cases = cases;
		this.documents = documents;
		this.subjects = subjects;
		this.reviews = reviews;
	}

	ReviewSubject of(IdentityCase c) {
		List<ReviewSubject.Document> documents = new ArrayList<>();
		for (IdentityDocuments.Attached d : this.documents.of(c.id())) {
			documents.add(new ReviewSubject.Document(d.kind().name(), IdentityCaseMaterials.LINK + d.documentId(),
					d.carried() ? "CARRIED_OVER" : "NEW"));
		}
		List<ReviewSubject.Change> changes = new ArrayList<>();
		if (c.previousCaseId() != null) {
			this.cases.attempts(c.sellerId())
				.stream()
				.filter((p) -> p.id().equals(c.previousCaseId()))
				.findFirst()
				.ifPresent((p) -> changes.addAll(changes(p, c)));
		}
		return new ReviewSubject(summary(c), documents, flags(c), List.of(), changes);
	}

	/**
	 * R-ID-6: the subject of {@code bound} now binds one more account; the reviewers of
	 * the other cases of that subject in review see it before they decide.
	 */
	void warnOtherCases(IdentityCase bound, byte[] subjectMac) {
		SubjectType type = Objects.requireNonNull(bound.subjectType());
		for (IdentityCase other : this.cases.inReviewOfSubject(type, subjectMac, bound.id())) {
			if (other.reviewCaseId() != null) {
				this.reviews.reflag(other.reviewCaseId(), flags(other));
			}
		}
	}

	/**
	 * The automated checks: the numbers, the Alipay step, the accounts the subject
	 * already binds, and each document's checks.
	 */
	private List<ReviewSubject.Flag> flags(IdentityCase c) {
		List<ReviewSubject.Flag> flags = new ArrayList<>(checksums(c));
		alreadyBound(c).ifPresent(flags::add);
		for (IdentityDocuments.Attached d : this.documents.of(c.id())) {
			for (Check check : d.checks()) {
				flags.add(new ReviewSubject.Flag(d.kind().name() + ":" + check.code(), check.passed(), check.detail()));
			}
		}
		return flags;
	}

	/**
	 * R-ID-6: the accounts the subject already binds, failed when it may bind no more;
	 * none when it binds none. The detail names the accounts by member ID, and for an
	 * enterprise how many of its allowed accounts are taken.
	 */
	private Optional<ReviewSubject.Flag> alreadyBound(IdentityCase c) {
		String key = c.subjectKey();
		if (key == null || c.subjectType() == null) {
			return Optional.empty();
		}
		Subjects.Bound bound = this.subjects.bound(c.subjectType(), key);
		if (bound.memberIds().isEmpty()) {
			return Optional.empty();
		}
		String detail = String.join(", ", bound.memberIds());
		if (c.subjectType() == SubjectType.ENTERPRISE) {
			detail += " (" + bound.memberIds().size() + "/" + bound.limit() + ")";
		}
		return Optional.of(new ReviewSubject.Flag(ALREADY_BOUND, !bound.full(), detail));
	}

	private static List<ReviewSubject.Field> summary(IdentityCase c) {
		List<ReviewSubject.Field> summary = new ArrayList<>();
		summary.add(new ReviewSubject.Field("subjectType", c.subjectType().name()));
		summary.add(new ReviewSubject.Field("method", c.method().name()));
		summary.add(new ReviewSubject.Field("companyName", c.companyName()));
		if (c.subjectType() == SubjectType.ENTERPRISE) {
			summary.add(new ReviewSubject.Field("creditCode", IdentityNumbers.maskIfPresent(c.creditCode())));
		}
		summary.add(new ReviewSubject.Field("personName", c.personName()));
		summary.add(new ReviewSubject.Field("personIdNumber", IdentityNumbers.maskIfPresent(c.personIdNumber())));
		return summary;
	}

	private static List<ReviewSubject.Flag> checksums(IdentityCase c) {
		List<ReviewSubject.Flag> flags = new ArrayList<>();
		flags.add(new ReviewSubject.Flag("ID_NUMBER_CHECKSUM", true, "ISO 7064 MOD 11-2, birth date and region"));
		if (c.subjectType() == SubjectType.ENTERPRISE) {
			flags.add(new ReviewSubject.Flag("CREDIT_CODE_CHECKSUM", true, "GB 32100-2015"));
		}
		flags.add(new ReviewSubject.Flag("ALIPAY_AUTHORIZED", true, null));
		return flags;
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

}
