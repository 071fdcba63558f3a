package io.kaidian.settlement.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.kaidian.platform.i18n.Languages;
import io.kaidian.platform.money.MoneyFormat;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.PlanTerms;
import io.kaidian.settlement.SalesPlan;

/**
 * The public home page: what Kaidian is, the steps of the journey, and what each business
 * scope charges (R-FEE-1), read from the active offers so the page never disagrees with
 * what an approval invoices. Here, not in platform, because the fees are settlement's.
 */
@Controller
class HomePages {

	static final String HOME = "settlement/home";

	private final Offers offers;

	HomePages(Offers offers) {
		this.offers = offers;
	}

	@GetMapping("/")
	String home(Locale requested, Model model) {
		Locale locale = Languages.supported(requested);
		Offers.Snapshot snapshot = this.offers.snapshot();
		List<SalesPlan> plans = snapshot.plans().stream().map(PlanTerms::plan).toList();
		model.addAttribute("fees", snapshot.scopes().stream().map((scope) -> FeeRow.of(scope, plans, locale)).toList());
		model.addAttribute("plans", snapshot.plans().stream().map((plan) -> plan.name(locale)).toList());
		return HOME;
	}

	/**
	 * What one business scope charges, formatted for the reader.
	 *
	 * @param code the scope's code (an element id, never shown)
	 * @param name its name in the reader's language
	 * @param annualFees the annual fee of each plan, in the order of the plans
	 * @param deposit the deposit
	 */
	record FeeRow(String code, String name, List<String> annualFees, String deposit) {

		static FeeRow of(BusinessScope scope, List<SalesPlan> plans, Locale locale) {
			List<String> annual = plans.stream()
				.map((plan) -> MoneyFormat.format(scope.annualFee(plan), locale))
				.toList();
			return new FeeRow(scope.code(), scope.name(locale), annual, MoneyFormat.format(scope.deposit(), locale));
		}

	}

}
