package io.kaidian.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.kaidian.identity.IdentityVerification.CaseView;

/**
 * The subject form. The numbers are never filled in from the case: a blank number keeps
 * the saved one.
 *
 * @param subjectType ENTERPRISE or INDIVIDUAL_BUSINESS
 * @param method the Alipay method
 * @param companyName the company's or business's name
 * @param creditCode the credit code (enterprises)
 * @param personName the legal representative's or operator's name
 * @param personIdNumber their resident ID number
 */
record IdentityForm(@Nullable String subjectType, @Nullable String method, @Nullable String companyName,
		@Nullable String creditCode, @Nullable String personName,
		@Nullable String personIdNumber) implements java.io.Serializable {

	static final List<String> FIELDS = List.of("subjectType", "method", "companyName", "creditCode", "personName",
			"personIdNumber");

	static IdentityForm of(@Nullable CaseView view) {
		if (view == null) {
			return new IdentityForm(null, null, null, null, null, null);
		}
		return new IdentityForm(view.subjectType() != null ? view.subjectType().name() : null,
				view.method() != null ? view.method().name() : null, view.companyName(), null, view.personName(), null);
	}

}
