package io.kaidian.settlement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.settlement.ApplicationStatus;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.StoreType;

/**
 * The seller's settlement application, step by step (R-APP-1…6): each step shows the
 * current choice, the choices allowed and the rule that limits them; its model comes from
 * the step's assembler. Posts: {@link ApplicationStepPosts},
 * {@link ApplicationUploadPages}. Guide: docs/guide/settlement-application.md.
 */
@Controller
class ApplicationPages {

	static final String BLOCKED = "settlement/application-blocked";

	private final ApplicationLookup lookup;

	private final Offers offers;

	private final ChoiceStepsAssembler choiceSteps;

	private final ItemStepsAssembler itemSteps;

	private final ReviewStepAssembler reviewSteps;

	private final ApplicationFields fields;

	private final DocumentGroupsAssembler documents;

	private final ApplicationPageText text;

	ApplicationPages(ApplicationLookup lookup, Offers offers, ChoiceStepsAssembler choiceSteps,
			ItemStepsAssembler itemSteps, ReviewStepAssembler reviewSteps, ApplicationFields fields,
			DocumentGroupsAssembler documents, ApplicationPageText text) {
		this.documents = documents;
		this.text = text;
		this.lookup = lookup;
		this.offers = offers;
		this.choiceSteps = choiceSteps;
		this.itemSteps = itemSteps;
		this.reviewSteps = reviewSteps;
		this.fields = fields;
	}

	/**
	 * The way in: the identity notice while identity is not approved (R-APP-1), else the
	 * step to work on.
	 */
	@GetMapping(ApplicationStep.PATH)
	String start(KaidianUser seller, Locale locale, Model model) {
		Choices choices = this.lookup.choices(seller.accountId());
		if (!choices.identityApproved()) {
			common(ApplicationStep.PLAN, null, choices, null, locale, model);
			return BLOCKED;
		}
		ApplicationView view = this.lookup.current(seller.accountId()).orElse(null);
		return "redirect:" + (view == null ? ApplicationStep.PLAN.path()
				: (view.status() == ApplicationStatus.DRAFT) ? firstToDo(view).path() : ApplicationStep.REVIEW.path());
	}

	@GetMapping(ApplicationStep.PATH + "/{slug}")
	String step(@PathVariable String slug, KaidianUser seller, Locale locale, Model model, HttpSession session) {
		ApplicationStep step = ApplicationStep.ofSlug(slug);
		Choices choices = this.lookup.choices(seller.accountId());
		if (!choices.identityApproved()) {
			return "redirect:" + ApplicationStep.PATH;
		}
		ApplicationView view = this.lookup.current(seller.accountId()).orElse(null);
		PageForm form = model.containsAttribute("form") ? (PageForm) model.getAttribute("form") : PageForm.of(view);
		TypedBrands typed = TypedBrands.held(session, seller.accountId());
		boolean unsaved = step == ApplicationStep.BRANDS && !model.containsAttribute("form") && typed != null
				&& choices.editable() && !StoreType.GENERAL.name().equals(form.storeType());
		if (unsaved) {
			// brands typed before going back a step: shown again, not yet saved
			form = form.withLocked(choices.lockedFields()).withBrands(typed.rows(), typed.noBrand());
		}
		model.addAttribute("unsavedBrands", unsaved);
		model.addAttribute("form", form);
		BusinessScope scope = (form.businessScope() != null) ? this.offers.scope(form.businessScope()).orElse(null)
				: null;
		common(step, view, choices, scope, locale, model);
		model.addAttribute("scope", scope);
		model.addAttribute("scopeName", scope != null ? scope.name(locale) : null);
		return switch (step) {
			case PLAN -> this.choiceSteps.plan(view, choices, scope, locale, model);
			case STORE_TYPE -> this.choiceSteps.storeType(view, scope, locale, model);
			case SCOPE -> this.choiceSteps.scope(view, form, locale, model);
			case CATEGORIES -> this.itemSteps.categories(view, choices, form, scope, locale, model);
			case BRANDS -> this.itemSteps.brands(view, choices, form, locale, model);
			case DOCUMENTS -> this.reviewSteps.documents(view, choices, scope, locale, model);
			case REVIEW -> this.reviewSteps.review(view, choices, scope, locale, model);
		};
	}

	/** What every step shows: the step indicator, the status, the errors of a post. */
	private void common(ApplicationStep step, @Nullable ApplicationView view, Choices choices,
			@Nullable BusinessScope scope, Locale locale, Model model) {
		boolean documentsDone = view != null && documentsDone(view, choices, scope, locale);
		model.addAttribute("step", step.name());
		model.addAttribute("steps", Arrays.stream(ApplicationStep.values())
			.map((s) -> new StepLink(s.name(), s.path(), s == step,
					view != null && (s == ApplicationStep.DOCUMENTS ? documentsDone || done(s, view) : done(s, view))))
			.toList());
		model.addAttribute("previous", step.ordinal() > 0 ? ApplicationStep.values()[step.ordinal() - 1].path() : null);
		model.addAttribute("app", view);
		model.addAttribute("status", (view != null) ? view.status().name() : "NONE");
		model.addAttribute("editable", choices.editable());
		model.addAttribute("locked", choices.lockedFields());
		model.addAttribute("subjectType", (choices.subjectType() != null) ? choices.subjectType().name() : null);
		model.addAttribute("expectedDecisionBy",
				this.text.dateTime(view != null ? view.expectedDecisionBy() : null, locale));
		model.addAttribute("reasons", (view != null && view.status() == ApplicationStatus.REJECTED)
				? this.fields.reasons(view.reasons(), locale) : List.of());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("summary")) {
			model.addAttribute("summary", List.of());
		}
	}

	private static boolean done(ApplicationStep step, ApplicationView view) {
		return switch (step) {
			case PLAN -> view.salesPlan() != null;
			case STORE_TYPE -> view.storeType() != null;
			case SCOPE -> view.businessScope() != null;
			case CATEGORIES -> !view.categories().isEmpty();
			case BRANDS -> view.noBrand() || !view.brands().isEmpty();
			case DOCUMENTS, REVIEW -> view.status() != ApplicationStatus.DRAFT;
		};
	}

	/**
	 * The documents step is done, in a draft, once the items are chosen and every
	 * document they need is uploaded and not rejected.
	 */
	private boolean documentsDone(ApplicationView view, Choices choices, @Nullable BusinessScope scope, Locale locale) {
		boolean chosen = Arrays.stream(ApplicationStep.values())
			.filter((s) -> s.ordinal() < ApplicationStep.DOCUMENTS.ordinal())
			.allMatch((s) -> done(s, view));
		return chosen && this.documents.groups(view, choices, scope, locale)
			.stream()
			.flatMap((group) -> group.documents().stream())
			.noneMatch((line) -> "NONE".equals(line.status()) || "REJECTED".equals(line.status()));
	}

	private static ApplicationStep firstToDo(ApplicationView view) {
		return Arrays.stream(ApplicationStep.values())
			.filter((s) -> !done(s, view))
			.findFirst()
			.orElse(ApplicationStep.REVIEW);
	}

}
