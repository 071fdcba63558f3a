package io.kaidian.platform.web;

import java.util.List;

import io.swagger.v3.oas.models.tags.Tag;

/**
 * The tags of the OpenAPI document, one per area a client works with, in the order
 * Swagger UI lists them. A controller names its tag with {@code @Tag(name = ApiTags.X)};
 * the description lives here only. {@code ApiDocumentationTests} fails on an operation
 * without a tag or with a tag not listed here.
 */
public final class ApiTags {

	public static final String ACCOUNTS = "Accounts";

	public static final String IDENTITY = "Identity";

	public static final String OFFERS = "Offers";

	public static final String APPLICATION = "Settlement application";

	public static final String FEES = "Fees";

	public static final String ONBOARDING = "Onboarding";

	public static final String REVIEW = "Review";

	public static final String SCREENING = "Screening";

	public static final String OPERATIONS = "Operations";

	private ApiTags() {
	}

	/** Every tag with what it covers. */
	static List<Tag> all() {
		return List.of(tag(ACCOUNTS, "Registration, sessions, password resets, staff accounts and region exemptions"),
				tag(IDENTITY, "The seller's real-name authentication and its documents"),
				tag(OFFERS, "Business scopes, categories, sales plans and their fees; operators change them"),
				tag(APPLICATION,
						"The seller's settlement application: plan, store type, categories, brands, documents"),
				tag(FEES, "The annual fee and the deposit, paid through a payment gateway"),
				tag(ONBOARDING, "The seller's checklist of every step to an open store"),
				tag(REVIEW, "Review queues, cases, decisions, reasons and the working-day calendar"),
				tag(SCREENING, "The terms that screen what sellers type"),
				tag(OPERATIONS, "For operators: a seller's history, failed events and the notification outbox"));
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

}
