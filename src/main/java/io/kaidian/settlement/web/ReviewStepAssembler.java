package io.kaidian.settlement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BrandView;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Category;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.ItemRef;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.SalesPlan;

/**
 * The model of the documents and review steps: the documents to upload, then the whole
 * application with each category and brand's own status and reasons (R-APP-6).
 */
@Component
class ReviewStepAssembler {

	static final String DOCUMENTS = "settlement/application-documents";

	static final String REVIEW = "settlement/application-review";

	private final Offers offers;

	private final DocumentGroupsAssembler documents;

	private final ApplicationFields fields;

	private final ApplicationPageText text;

	ReviewStepAssembler(Offers offers, DocumentGroupsAssembler documents, ApplicationFields fields,
			ApplicationPageText text) {
		this.offers = offers;
		this.documents = documents;
		this.fields = fields;
		this.text = text;
	}

	String documents(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope, Locale locale,
			Model model) {
		model.addAttribute("groups", this.documents.groups(view, choices, scope, locale));
		return DOCUMENTS;
	}

	String review(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope, Locale locale,
			Model model) {
		SalesPlan plan = (view != null) ? view.salesPlan() : null;
		model.addAttribute("planName", (plan != null) ? this.offers.plan(plan).name(locale) : null);
		model.addAttribute("productLimit", (plan != null) ? this.offers.plan(plan).productLimit() : null);
		model.addAttribute("storeTypeName", (view != null && view.storeType() != null)
				? this.text.message("application.store-type." + view.storeType().name(), locale) : null);
		model.addAttribute("fees",
				(scope != null && plan != null) ? this.text.message("application.review.fees", locale,
						ApplicationPageText.money(scope.annualFee(plan)), ApplicationPageText.money(scope.deposit()))
						: null);
		model.addAttribute("items", items(view, scope, locale));
		model.addAttribute("groups", this.documents.groups(view, choices, scope, locale));
		model.addAttribute("submittable", view != null && choices.editable());
		return REVIEW;
	}

	/** The categories and brands with their own status and reasons (R-APP-6). */
	private List<ItemLine> items(@Nullable ApplicationView view, @Nullable BusinessScope scope, Locale locale) {
		if (view == null) {
			return List.of();
		}
		List<ItemLine> lines = new ArrayList<>();
		for (String code : view.categories()) {
			String ref = ItemRef.category(code).key();
			Category category = (scope != null) ? scope.category(code).orElse(null) : null;
			Optional<ApplicationView.Item> item = view.item(ref);
			lines.add(new ItemLine(ref, "CATEGORY", category != null ? category.name(locale) : code, null,
					item.map((i) -> i.status().name()).orElse(null),
					item.map(ApplicationView.Item::locked).orElse(false),
					item.map((i) -> this.fields.reasons(i.reasons(), locale)).orElse(List.of()), null));
		}
		for (BrandView brand : view.brands()) {
			String ref = ItemRef.brand(brand.index()).key();
			Optional<ApplicationView.Item> item = view.item(ref);
			lines.add(new ItemLine(ref, "BRAND", this.documents.brandName(brand, locale), brandDetail(brand, locale),
					item.map((i) -> i.status().name()).orElse(null),
					item.map(ApplicationView.Item::locked).orElse(false),
					item.map((i) -> this.fields.reasons(i.reasons(), locale)).orElse(List.of()),
					item.map(ApplicationView.Item::expiresAt)
						.map((at) -> this.text.message("application.review.expires", locale,
								this.text.date(at, locale)))
						.orElse(null)));
		}
		return lines;
	}

	private String brandDetail(BrandView brand, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (brand.trademarkNumber() != null) {
			parts.add(brand.trademarkNumber());
		}
		if (brand.trademarkStatus() != null) {
			parts.add(this.text.message("application.brands.status." + brand.trademarkStatus().name(), locale));
		}
		if (brand.trademarkClass() != null) {
			parts.add(this.text.message("application.field.trademarkClass", locale) + " " + brand.trademarkClass());
		}
		if (brand.ownership() != null) {
			parts.add(this.text.message("application.brands.ownership." + brand.ownership().name(), locale));
		}
		if (brand.owner() != null) {
			parts.add(brand.owner());
		}
		return String.join(" · ", parts);
	}

}
