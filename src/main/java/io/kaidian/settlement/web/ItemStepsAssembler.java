package io.kaidian.settlement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BrandView;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Category;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.ItemRef;
import io.kaidian.settlement.Ownership;
import io.kaidian.settlement.StoreType;
import io.kaidian.settlement.TrademarkStatus;

/**
 * The model of the categories and brands steps (R-APP-3, R-APP-4, R-APP-5): each item
 * with its status and reasons once submitted, approved ones locked (PRODUCT.md §4.2).
 */
@Component
class ItemStepsAssembler {

	static final String CATEGORIES = "settlement/application-categories";

	static final String BRANDS = "settlement/application-brands";

	private final ApplicationFields fields;

	private final ApplicationPageText text;

	ItemStepsAssembler(ApplicationFields fields, ApplicationPageText text) {
		this.fields = fields;
		this.text = text;
	}

	String categories(@Nullable ApplicationView view, Choices choices, PageForm form, @Nullable BusinessScope scope,
			Locale locale, Model model) {
		boolean general = StoreType.GENERAL.name().equals(form.storeType());
		List<CategoryOption> options = new ArrayList<>();
		if (scope != null) {
			for (Category category : scope.categories()) {
				String ref = ItemRef.category(category.code()).key();
				boolean checked = form.categories().contains(category.code());
				ApplicationView.Item item = (view != null) ? view.item(ref).orElse(null) : null;
				options.add(new CategoryOption(category.code(), category.name(locale), category.requiresQualification(),
						category.requiresProductChecklist(), category.allowsNoBrand(), checked,
						!general || category.allowsNoBrand() || checked, choices.lockedFields().contains(ref),
						(item != null) ? item.status().name() : null,
						(item != null) ? this.fields.reasons(item.reasons(), locale) : List.of()));
			}
		}
		model.addAttribute("categories", options);
		model.addAttribute("general", general);
		model.addAttribute("current", (view != null) ? categoryNames(view.categories(), scope, locale) : List.of());
		return CATEGORIES;
	}

	String brands(@Nullable ApplicationView view, Choices choices, PageForm form, Locale locale, Model model) {
		List<BrandLine> lines = new ArrayList<>();
		for (int i = 0; i < form.brands().size(); i++) {
			String ref = ItemRef.brand(i).key();
			ApplicationView.Item item = (view != null) ? view.item(ref).orElse(null) : null;
			lines.add(new BrandLine(i, form.brands().get(i), choices.lockedFields().contains(ref),
					(item != null) ? item.status().name() : null,
					(item != null) ? this.fields.reasons(item.reasons(), locale) : List.of(),
					(item != null && item.expiresAt() != null) ? this.text.date(item.expiresAt(), locale) : null));
		}
		model.addAttribute("brands", lines);
		model.addAttribute("general", StoreType.GENERAL.name().equals(form.storeType()));
		model.addAttribute("statuses", TrademarkStatus.values());
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("maxBrands", choices.maxBrands());
		model.addAttribute("noBrandLocked", choices.lockedFields().contains("noBrand"));
		model.addAttribute("storeTypeRule", (form.storeType() != null)
				? this.text.message("application.store-type.requires." + form.storeType(), locale) : null);
		model.addAttribute("current", (view != null)
				? view.brands().stream().map(BrandView::name).filter(Objects::nonNull).toList() : List.of());
		return BRANDS;
	}

	private static List<String> categoryNames(List<String> codes, @Nullable BusinessScope scope, Locale locale) {
		return codes.stream()
			.map((code) -> (scope != null) ? scope.category(code).map((c) -> c.name(locale)).orElse(code) : code)
			.toList();
	}

}
