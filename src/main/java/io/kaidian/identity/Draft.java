package io.kaidian.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.Violation;

/**
 * What the seller enters for its subject ({@code PUT /api/v1/me/identity}). Numbers are
 * normalised and checked at once (R-ID-1: GB 32100 check character, ISO 7064 MOD 11-2,
 * birth date, region); a failed check is the seller's to fix, not a reviewer's.
 *
 * @param subjectType enterprise or individual business
 * @param method the Alipay method (R-ID-2)
 * @param companyName the company's or individual business's name
 * @param creditCode the enterprise's Unified Social Credit Code
 * @param personName the legal representative's or operator's name
 * @param personIdNumber their resident ID number
 */
public record Draft(@Nullable SubjectType subjectType, SubjectType.@Nullable Method method,
		@Nullable String companyName, @Nullable String creditCode, @Nullable String personName,
		@Nullable String personIdNumber) {

	private static final int MAX_NAME = 200;

	static Draft of(IdentityCase c) {
		return new Draft(c.subjectType(), c.method(), c.companyName(), c.creditCode(), c.personName(),
				c.personIdNumber());
	}

	/**
	 * The checks of a save: what is given must be valid; missing parts may come later.
	 */
	List<Violation> check(LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (this.subjectType == null) {
			violations.add(Violation.of("subjectType", "REQUIRED"));
		}
		if (this.method != null && this.subjectType != null && !this.subjectType.allows(this.method)) {
			// R-ID-2
			violations.add(Violation.of("method", "METHOD_NOT_ALLOWED", this.method.name(), this.subjectType.name()));
		}
		if (present(this.creditCode)) {
			if (this.subjectType == SubjectType.INDIVIDUAL_BUSINESS) {
				// an individual business is keyed by its operator's ID number; its
				// licence's code is
				// not asked for
				violations.add(Violation.of("creditCode", "NOT_FOR_SUBJECT_TYPE"));
			}
			else {
				violations.addAll(UnifiedSocialCreditCode.check("creditCode", this.creditCode));
			}
		}
		if (present(this.personIdNumber)) {
			violations.addAll(ResidentIdNumber.check("personIdNumber", this.personIdNumber, today));
		}
		name("companyName", this.companyName, violations);
		name("personName", this.personName, violations);
		return violations;
	}

	/** The checks of a submit: everything the subject type needs, present and valid. */
	List<Violation> checkComplete(LocalDate today) {
		List<Violation> violations = new ArrayList<>(check(today));
		if (this.method == null) {
			violations.add(Violation.of("method", "REQUIRED"));
		}
		if (!present(this.companyName)) {
			violations.add(Violation.of("companyName", "REQUIRED"));
		}
		if (this.subjectType == SubjectType.ENTERPRISE && !present(this.creditCode)) {
			violations.add(Violation.of("creditCode", "REQUIRED"));
		}
		if (!present(this.personName)) {
			violations.add(Violation.of("personName", "REQUIRED"));
		}
		if (!present(this.personIdNumber)) {
			violations.add(Violation.of("personIdNumber", "REQUIRED"));
		}
		return violations;
	}

	/** The fields this draft would change in the case. */
	List<String> changedFields(IdentityCase c) {
		IdentityCase applied = applyTo(c);
		List<String> changed = new ArrayList<>();
		if (applied.subjectType() != c.subjectType()) {
			changed.add("subjectType");
		}
		if (applied.method() != c.method()) {
			changed.add("method");
		}
		if (!Objects.equals(applied.companyName(), c.companyName())) {
			changed.add("companyName");
		}
		if (!Objects.equals(applied.creditCode(), c.creditCode())) {
			changed.add("creditCode");
		}
		if (!Objects.equals(applied.personName(), c.personName())) {
			changed.add("personName");
		}
		if (!Objects.equals(applied.personIdNumber(), c.personIdNumber())) {
			changed.add("personIdNumber");
		}
		return changed;
	}

	/** The case with this draft's data, numbers normalised. */
	IdentityCase applyTo(IdentityCase c) {
		String credit = this.subjectType == SubjectType.ENTERPRISE
				? UnifiedSocialCreditCode.parse(this.creditCode).map(UnifiedSocialCreditCode::value).orElse(null)
				: null;
		String idNumber = ResidentIdNumber.parse(this.personIdNumber, LocalDate.MAX.minusYears(1))
			.map(ResidentIdNumber::value)
			.orElse(null);
		return new IdentityCase(c.id(), c.sellerId(), c.memberId(), c.attempt(), c.previousCaseId(), c.status(),
				this.subjectType, this.method, strip(this.companyName), credit, strip(this.personName), idNumber,
				c.providerRef(), c.providerStartedAt(), c.reviewCaseId(), c.expectedDecisionBy(), c.reasons(),
				c.version());
	}

	private static void name(String field, @Nullable String value, List<Violation> violations) {
		if (value != null && value.strip().length() > MAX_NAME) {
			violations.add(Violation.of(field, "LENGTH_INVALID"));
		}
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable String strip(@Nullable String value) {
		return present(value) ? value.strip() : null;
	}

}
