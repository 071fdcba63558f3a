package io.kaidian.settlement.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.PlanTerms;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.StoreType;

/**
 * The model of the plan, store type and scope steps (R-APP-2, R-APP-3, R-APP-4, R-FEE-1):
 * each choice with whether this seller may make it now and why not.
 */
@Component
class ChoiceStepsAssembler {

	static final String PLAN = "settlement/application-plan";

	static final String STORE_TYPE = "settlement/application-store-type";

	static final String SCOPE = "settlement/application-scope";

	private final Offers offers;

	private final ApplicationPageText text;

	ChoiceStepsAssembler(Offers offers, ApplicationPageText text) {
		this.offers = offers;
		this.text = text;
	}

	String plan(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope, Locale locale,
			Model model) {
		List<PlanOption> plans = new ArrayList<>();
		for (Choices.PlanChoice choice : choices.plans()) {
			plans.add(planOption(choice, scope, locale));
		}
		model.addAttribute("plans", plans);
		model.addAttribute("current",
				(view != null && view.salesPlan() != null) ? this.offers.plan(view.salesPlan()).name(locale) : null);
		return PLAN;
	}

	private PlanOption planOption(Choices.PlanChoice choice, @Nullable BusinessScope scope, Locale locale) {
		PlanTerms terms = choice.terms();
		PlanTerms.UpgradeConditions upgrade = (choice.upgrade() != null) ? choice.upgrade() : terms.upgrade();
		return new PlanOption(choice.plan().name(), terms.name(locale), terms.productLimit(), choice.allowed(),
				choice.allowed() ? null
						: this.text.messageOr("application.plan.not-allowed." + choice.reasonCode(),
								this.text.message("application.plan.only-basic", locale), locale),
				(upgrade != null) ? this.text.message("application.plan.upgrade", locale, upgrade.minMonthsOnBasic(),
						upgrade.minCompletedOrders(), ApplicationPageText.money(upgrade.minSales())) : null,
				(scope != null) ? ApplicationPageText.money(scope.annualFee(choice.plan())) : null);
	}

	String storeType(@Nullable ApplicationView view, @Nullable BusinessScope scope, Locale locale, Model model) {
		List<StoreTypeOption> types = Arrays.stream(StoreType.values())
			.map((type) -> new StoreTypeOption(type.name(), scope == null || scope.offers(type),
					(scope != null && !scope.offers(type))
							? this.text.message("application.store-type.not-in-scope", locale, scope.name(locale))
							: null))
			.toList();
		model.addAttribute("storeTypes", types);
		model.addAttribute("current", (view != null && view.storeType() != null)
				? this.text.message("application.store-type." + view.storeType().name(), locale) : null);
		return STORE_TYPE;
	}

	String scope(@Nullable ApplicationView view, PageForm form, Locale locale, Model model) {
		StoreType storeType = ApplicationPageText.parse(StoreType.class, form.storeType());
		SalesPlan plan = ApplicationPageText.parse(SalesPlan.class, form.salesPlan());
		List<ScopeOption> scopes = new ArrayList<>();
		for (BusinessScope scope : this.offers.scopes()) {
			scopes.add(scopeOption(scope, storeType, plan, locale));
		}
		model.addAttribute("scopes", scopes);
		model.addAttribute("current", (view != null && view.businessScope() != null)
				? this.offers.scope(view.businessScope()).map((s) -> s.name(locale)).orElse(view.businessScope())
				: null);
		return SCOPE;
	}

	private ScopeOption scopeOption(BusinessScope scope, @Nullable StoreType storeType, @Nullable SalesPlan plan,
			Locale locale) {
		boolean allowed = storeType == null || scope.offers(storeType);
		List<String> fees = new ArrayList<>();
		for (SalesPlan p : (plan != null) ? List.of(plan) : List.of(SalesPlan.values())) {
			fees.add(this.text.message("application.scope.annual-fee", locale, this.offers.plan(p).name(locale),
					ApplicationPageText.money(scope.annualFee(p))));
		}
		return new ScopeOption(scope.code(), scope.name(locale), fees, ApplicationPageText.money(scope.deposit()),
				scope.storeTypes()
					.stream()
					.map((t) -> this.text.message("application.store-type." + t.name(), locale))
					.toList(),
				scope.categories().stream().map((c) -> c.name(locale)).toList(), allowed,
				allowed ? null : this.text.message("application.scope.not-for-store-type", locale,
						this.text.message("application.store-type." + storeType.name(), locale)));
	}

}
