package io.kaidian.settlement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BrandDocumentKind;
import io.kaidian.settlement.BrandView;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Category;
import io.kaidian.settlement.CategoryDocumentKind;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.DocumentStatus;
import io.kaidian.settlement.ItemRef;
import io.kaidian.settlement.Ownership;

/**
 * Every document the chosen categories and brands need, with where each stands (R-APP-4,
 * R-APP-5), for the documents and review steps.
 */
@Component
class DocumentGroupsAssembler {

	private final ApplicationPageText text;

	DocumentGroupsAssembler(ApplicationPageText text) {
		this.text = text;
	}

	List<DocumentGroup> groups(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope,
			Locale locale) {
		if (view == null) {
			return List.of();
		}
		List<DocumentGroup> groups = new ArrayList<>();
		for (String code : view.categories()) {
			Category category = (scope != null) ? scope.category(code).orElse(null) : null;
			List<String> kinds = new ArrayList<>();
			if (category != null && category.requiresQualification()) {
				kinds.add(CategoryDocumentKind.CATEGORY_QUALIFICATION.name());
			}
			if (category != null && category.requiresProductChecklist()) {
				kinds.add(CategoryDocumentKind.PRODUCT_CHECKLIST.name());
			}
			addGroup(groups, view, choices, ItemRef.category(code),
					this.text.message("application.documents.category", locale,
							category != null ? category.name(locale) : code),
					kinds, "/documents/categories/" + code + "/", locale);
		}
		for (BrandView brand : view.brands()) {
			List<String> kinds = new ArrayList<>();
			kinds.add(BrandDocumentKind.TRADEMARK_CERTIFICATE.name());
			if (brand.ownership() == Ownership.AUTHORIZED) {
				kinds.add(BrandDocumentKind.AUTHORIZATION_LETTER.name());
			}
			addGroup(groups, view, choices, ItemRef.brand(brand.index()),
					this.text.message("application.documents.brand", locale, brandName(brand, locale)), kinds,
					"/documents/brands/" + brand.index() + "/", locale);
		}
		return groups;
	}

	private void addGroup(List<DocumentGroup> groups, ApplicationView view, Choices choices, ItemRef ref, String label,
			List<String> kinds, String action, Locale locale) {
		if (kinds.isEmpty()) {
			return;
		}
		boolean uploadable = choices.editable() && !choices.lockedFields().contains(ref.key());
		List<DocumentLine> lines = new ArrayList<>();
		for (String kind : kinds) {
			DocumentStatus status = view.documents()
				.stream()
				.filter((d) -> d.ref().equals(ref.key()) && d.kind().equals(kind))
				.findFirst()
				.orElse(null);
			List<String> failed = (status != null) ? status.checks()
				.stream()
				.filter((check) -> !check.passed())
				.map((check) -> this.text.messageOr("check." + check.code() + ".failed", check.code(), locale))
				.toList() : List.of();
			String state = (status != null) ? status.status() : "NONE";
			lines.add(new DocumentLine(DocumentLine.id(ref, kind), kind, state, status != null && status.carriedOver(),
					status != null && !status.checks().isEmpty(), failed, uploadable && !"ACCEPTED".equals(state),
					ApplicationStep.PATH + action + kind));
		}
		groups.add(new DocumentGroup(ref.key(), label, lines));
	}

	/** A brand's name, or "Brand 2" while it has none. */
	String brandName(BrandView brand, Locale locale) {
		return (brand.name() != null && !brand.name().isBlank()) ? brand.name()
				: this.text.message("application.field.brand", locale, brand.index() + 1);
	}

}
