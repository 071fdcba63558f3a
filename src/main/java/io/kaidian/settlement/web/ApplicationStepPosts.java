package io.kaidian.settlement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.settlement.ApplicationEditing;
import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.ItemRef;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.StoreType;

/**
 * The posts of the application's steps: each saves the whole application through
 * {@link ApplicationEditing#save} (the draft keeps the other steps' choices) and
 * redirects (PRG); a refusal comes back as flash attributes with what was typed.
 */
@Controller
class ApplicationStepPosts {

	private final ApplicationLookup lookup;

	private final ApplicationEditing editing;

	private final ApplicationFields fields;

	private final ApplicationPageText text;

	private final PageErrors pageErrors;

	ApplicationStepPosts(ApplicationLookup lookup, ApplicationEditing editing, ApplicationFields fields,
			ApplicationPageText text, PageErrors pageErrors) {
		this.lookup = lookup;
		this.editing = editing;
		this.fields = fields;
		this.text = text;
		this.pageErrors = pageErrors;
	}

	@PostMapping(ApplicationStep.PATH + "/plan")
	String savePlan(@RequestParam(required = false) @Nullable String salesPlan, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		if (ApplicationPageText.blankToNull(salesPlan) == null) {
			return refuseEmpty(ApplicationStep.PLAN, "salesPlan", seller, locale, redirect);
		}
		return save(ApplicationStep.PLAN, seller, locale, redirect,
				(form) -> form.withSalesPlan(ApplicationPageText.parse(SalesPlan.class, salesPlan)));
	}

	@PostMapping(ApplicationStep.PATH + "/store-type")
	String saveStoreType(@RequestParam(required = false) @Nullable String storeType, KaidianUser seller, Locale locale,
			RedirectAttributes redirect, HttpSession session) {
		if (ApplicationPageText.blankToNull(storeType) == null) {
			return refuseEmpty(ApplicationStep.STORE_TYPE, "storeType", seller, locale, redirect);
		}
		StoreType type = ApplicationPageText.parse(StoreType.class, storeType);
		// "no brand" goes with the general store, and only with it (R-APP-3); the brands
		// it drops are held, should the seller change the type again
		return save(ApplicationStep.STORE_TYPE, seller, locale, redirect, (form) -> {
			if (type != StoreType.GENERAL) {
				return form.withStoreType(type).withBrands(form.brands(), false);
			}
			if (TypedBrands.held(session, seller.accountId()) == null) {
				TypedBrands.hold(session, seller.accountId(), form.brands(), false);
			}
			return form.withStoreType(type).withBrands(List.of(), true);
		});
	}

	@PostMapping(ApplicationStep.PATH + "/scope")
	String saveScope(@RequestParam(required = false) @Nullable String businessScope, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		if (ApplicationPageText.blankToNull(businessScope) == null) {
			return refuseEmpty(ApplicationStep.SCOPE, "businessScope", seller, locale, redirect);
		}
		return save(ApplicationStep.SCOPE, seller, locale, redirect,
				(form) -> form.withBusinessScope(ApplicationPageText.blankToNull(businessScope)));
	}

	@PostMapping(ApplicationStep.PATH + "/categories")
	String saveCategories(@RequestParam(name = "categories", required = false) @Nullable List<String> categories,
			KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		return save(ApplicationStep.CATEGORIES, seller, locale, redirect, (form) -> {
			List<String> chosen = new ArrayList<>((categories != null) ? categories : List.of());
			// an approved category stays whatever the (disabled) box sent
			form.categories()
				.stream()
				.filter((code) -> !chosen.contains(code) && form.locked().contains(ItemRef.category(code).key()))
				.forEach(chosen::add);
			return form.withCategories(chosen.stream().distinct().toList());
		});
	}

	/**
	 * Saves the brands, adds or removes a row without saving ({@code action=add},
	 * {@code action=remove:<index>}: the rows come back as typed), or goes back a step
	 * ({@code action=back}). Rows not saved yet are held in the session
	 * ({@link TypedBrands}) until they are.
	 */
	@PostMapping(ApplicationStep.PATH + "/brands")
	String saveBrands(BrandsForm posted, KaidianUser seller, Locale locale, RedirectAttributes redirect,
			HttpSession session) {
		String action = (posted.action() != null) ? posted.action() : "save";
		if (action.equals("add") || action.startsWith("remove:")) {
			String answer = editRows(posted, action, seller, locale, redirect);
			if (redirect.getFlashAttributes().get("form") instanceof PageForm rows) {
				TypedBrands.hold(session, seller.accountId(), rows.brands(), rows.noBrand());
			}
			return answer;
		}
		if (action.equals("back")) {
			TypedBrands.hold(session, seller.accountId(), posted.rows(), posted.unbranded());
			return "redirect:" + ApplicationStep.CATEGORIES.path();
		}
		TypedBrands.hold(session, seller.accountId(), posted.rows(), posted.unbranded());
		String answer = save(ApplicationStep.BRANDS, seller, locale, redirect,
				(form) -> StoreType.GENERAL.name().equals(form.storeType()) ? form.withBrands(List.of(), true)
						: form.withBrands(posted.rows(), posted.unbranded()));
		if (answer.equals("redirect:" + ApplicationStep.BRANDS.next().path())) {
			TypedBrands.forget(session);
		}
		return answer;
	}

	private String editRows(BrandsForm posted, String action, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		Choices choices = this.lookup.choices(seller.accountId());
		List<BrandRow> rows = new ArrayList<>(posted.rows());
		if (action.equals("add")) {
			rows.add(BrandRow.EMPTY);
			redirect.addFlashAttribute("flash", this.text.message("application.brands.added", locale));
		}
		else {
			int index = parseIndex(action.substring("remove:".length()));
			if (index >= 0 && index < rows.size() && !choices.lockedFields().contains(ItemRef.brand(index).key())) {
				rows.remove(index);
				redirect.addFlashAttribute("flash", this.text.message("application.brands.removed", locale));
			}
		}
		ApplicationView view = this.lookup.current(seller.accountId()).orElse(null);
		redirect.addFlashAttribute("form", PageForm.of(view).withBrands(rows, posted.unbranded()));
		return "redirect:" + ApplicationStep.BRANDS.path()
				+ (action.equals("add") ? "#brand-" + (rows.size() - 1) : "");
	}

	private String save(ApplicationStep step, KaidianUser seller, Locale locale, RedirectAttributes redirect,
			UnaryOperator<PageForm> change) {
		Choices choices = this.lookup.choices(seller.accountId());
		ApplicationView view = this.lookup.current(seller.accountId()).orElse(null);
		PageForm form = change.apply(PageForm.of(view).withLocked(choices.lockedFields()));
		List<Violation> local = form.unreadable();
		if (!local.isEmpty()) {
			redirect.addFlashAttribute("form", form);
			report(new RuleViolationException(local), form, locale, redirect);
			return "redirect:" + step.path();
		}
		try {
			this.editing.save(seller.accountId(), Objects.requireNonNullElse(seller.memberId(), ""),
					form.toApplicationForm());
			redirect.addFlashAttribute("flash", this.text.message("application.saved", locale));
			return "redirect:" + step.next().path();
		}
		catch (Refusal ex) {
			// what was chosen or typed comes back so that it can be fixed
			redirect.addFlashAttribute("form", form);
			report(ex, form, locale, redirect);
			return "redirect:" + step.path();
		}
	}

	/** An empty choice is refused at its step, before anything is saved. */
	private String refuseEmpty(ApplicationStep step, String field, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		ApplicationView view = this.lookup.current(seller.accountId()).orElse(null);
		PageForm form = PageForm.of(view);
		redirect.addFlashAttribute("form", form);
		report(new RuleViolationException(List.of(Violation.of(field, "REQUIRED"))), form, locale, redirect);
		return "redirect:" + step.path();
	}

	private void report(Refusal ex, PageForm form, Locale locale, RedirectAttributes redirect) {
		this.pageErrors.report(ex, locale, this.fields.of(null, form)).flash(redirect);
	}

	private static int parseIndex(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
