package io.kaidian.onboarding;

import java.util.List;

/**
 * The gates of the journey, in journey order (API.md {@code GET /api/v1/me/onboarding}),
 * each with the gates that must be done before it.
 */
public enum Requirement {

	/** a registered account (R-REG) */
	ACCOUNT(List.of()),

	/** real-name authentication (R-ID) */
	IDENTITY(List.of("ACCOUNT")),

	/** the settlement application (R-APP) */
	APPLICATION(List.of("IDENTITY")),

	/** the annual fee and the deposit (R-FEE) */
	FEES(List.of("APPLICATION")),

	/** the rules exam (R-EXAM), after the fees (PRODUCT.md §2) */
	EXAM(List.of("FEES")),

	/** store name and domain (R-STORE-1) */
	STORE_PROFILE(List.of("FEES", "EXAM")),

	/** the payout account (R-STORE-2) */
	COLLECTION_ACCOUNT(List.of("STORE_PROFILE")),

	/** at least ten published products (R-OPEN-1) */
	PRODUCTS(List.of("COLLECTION_ACCOUNT"));

	private final List<String> prerequisites;

	Requirement(List<String> prerequisites) {
		this.prerequisites = prerequisites;
	}

	public List<Requirement> prerequisites() {
		return this.prerequisites.stream().map(Requirement::valueOf).toList();
	}

}
