package io.kaidian.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.Violation;

/**
 * The documents each item needs (R-APP-4, R-APP-5): a brand its trademark certificate
 * and, when authorised, the owner's letter; a category its qualification and product
 * checklist where the offers ask for them.
 */
@Component
class RequiredDocumentPolicy {

	private final Offers offers;

	private final ApplicationDocuments documents;

	RequiredDocumentPolicy(Offers offers, ApplicationDocuments documents) {
		this.offers = offers;
		this.documents = documents;
	}

	/** The kinds of document the item needs, in the application's scope. */
	List<String> of(ApplicationItem item, @Nullable String scope) {
		if (item.brand() != null) {
			return item.brand().requiredDocuments().stream().map(Enum::name).toList();
		}
		return ofCategory(item.categoryCode(), scope);
	}

	/**
	 * Each required document not uploaded, named {@code category:<code>.<KIND>} and
	 * {@code brand:<index>.<KIND>}.
	 */
	List<Violation> missing(SettlementApplication application) {
		Set<String> present = this.documents.of(application.id())
			.stream()
			.map((d) -> d.ref().key() + "." + d.kind())
			.collect(Collectors.toSet());
		List<Violation> violations = new ArrayList<>();
		for (ApplicationItem item : application.items()) {
			for (String kind : of(item, application.businessScope())) {
				String field = item.key() + "." + kind;
				if (!present.contains(field)) {
					violations.add(Violation.of(field, "DOCUMENT_REQUIRED"));
				}
			}
		}
		return violations;
	}

	private List<String> ofCategory(@Nullable String code, @Nullable String scope) {
		if (code == null || scope == null) {
			return List.of();
		}
		return this.offers.scope(scope).flatMap((s) -> s.category(code)).map((c) -> {
			List<String> kinds = new ArrayList<>();
			if (c.requiresQualification()) {
				kinds.add(CategoryDocumentKind.CATEGORY_QUALIFICATION.name());
			}
			if (c.requiresProductChecklist()) {
				kinds.add(CategoryDocumentKind.PRODUCT_CHECKLIST.name());
			}
			return kinds;
		}).orElse(List.of());
	}

}
