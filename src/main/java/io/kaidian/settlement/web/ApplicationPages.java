package io.kaidian.settlement.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.documents.Check;
import io.kaidian.documents.Upload;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.Reason;
import io.kaidian.review.ReasonCatalogue;
import io.kaidian.settlement.ApplicationForm;
import io.kaidian.settlement.ApplicationStatus;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BrandDocumentKind;
import io.kaidian.settlement.BrandForm;
import io.kaidian.settlement.BrandView;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Category;
import io.kaidian.settlement.CategoryDocumentKind;
import io.kaidian.settlement.Choices;
import io.kaidian.settlement.DocumentStatus;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.Ownership;
import io.kaidian.settlement.PlanTerms;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.SettlementApplications;
import io.kaidian.settlement.StoreType;
import io.kaidian.settlement.TrademarkStatus;

/**
 * The seller's settlement application, step by step (R-APP-1…6): plan, store type,
 * business scope, categories, brands, documents, then review and submit. Each step shows
 * the current choice, the choices allowed and the rule that limits them; each post saves
 * the whole application through {@link SettlementApplications#save} (the draft keeps the
 * other steps' choices) and redirects (PRG). Refusals come back as flash attributes,
 * shown inline per field in the page's language. After a rejection approved items are
 * shown locked and only rejected ones can change (PRODUCT.md §4.2).
 */
@Controller
class ApplicationPages {

	static final String PATH = "/seller/application";

	static final String BLOCKED = "settlement/application-blocked";

	static final String PLAN = "settlement/application-plan";

	static final String STORE_TYPE = "settlement/application-store-type";

	static final String SCOPE = "settlement/application-scope";

	static final String CATEGORIES = "settlement/application-categories";

	static final String BRANDS = "settlement/application-brands";

	static final String DOCUMENTS = "settlement/application-documents";

	static final String REVIEW = "settlement/application-review";

	/** Dates are shown in the marketplace's time, Beijing time. */
	private static final ZoneId MARKETPLACE_TIME = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final Pattern BRAND_FIELD = Pattern.compile("^(?:brands\\[|brand:)(\\d+)\\]?(?:\\.(\\w+))?$");

	/** A missing document as submit names it: {@code brand:0.TRADEMARK_CERTIFICATE}. */
	private static final Pattern DOCUMENT_FIELD = Pattern.compile("^((?:category|brand):[^.]+)\\.([A-Z_]+)$");

	private static final Pattern CATEGORY_FIELD = Pattern.compile("^categories(?:\\[(\\d+)\\])?$");

	private final SettlementApplications applications;

	private final Offers offers;

	private final ReasonCatalogue catalogue;

	private final MessageSource messages;

	private final PageErrors pageErrors;

	ApplicationPages(SettlementApplications applications, Offers offers, ReasonCatalogue catalogue,
			MessageSource messages, PageErrors pageErrors) {
		this.applications = applications;
		this.offers = offers;
		this.catalogue = catalogue;
		this.messages = messages;
		this.pageErrors = pageErrors;
	}

	/**
	 * The way in: the identity notice while identity is not approved (R-APP-1), else the
	 * step to work on.
	 */
	@GetMapping(PATH)
	String start(KaidianUser seller, Locale locale, Model model) {
		Choices choices = this.applications.choices(seller.accountId());
		if (!choices.identityApproved()) {
			common(Step.PLAN, null, choices, locale, model);
			return BLOCKED;
		}
		ApplicationView view = this.applications.current(seller.accountId()).orElse(null);
		return "redirect:" + (view == null ? Step.PLAN.path()
				: (view.status() == ApplicationStatus.DRAFT) ? firstToDo(view).path() : Step.REVIEW.path());
	}

	@GetMapping(PATH + "/{slug}")
	String step(@PathVariable String slug, KaidianUser seller, Locale locale, Model model) {
		Step step = Step.ofSlug(slug);
		Choices choices = this.applications.choices(seller.accountId());
		if (!choices.identityApproved()) {
			return "redirect:" + PATH;
		}
		ApplicationView view = this.applications.current(seller.accountId()).orElse(null);
		PageForm form = model.containsAttribute("form") ? (PageForm) model.getAttribute("form") : PageForm.of(view);
		model.addAttribute("form", form);
		common(step, view, choices, locale, model);
		BusinessScope scope = (form.businessScope() != null) ? this.offers.scope(form.businessScope()).orElse(null)
				: null;
		model.addAttribute("scope", scope);
		model.addAttribute("scopeName", scope != null ? scope.name(locale) : null);
		return switch (step) {
			case PLAN -> plan(view, choices, scope, locale, model);
			case STORE_TYPE -> storeType(view, scope, locale, model);
			case SCOPE -> scope(view, form, locale, model);
			case CATEGORIES -> categories(view, choices, form, scope, locale, model);
			case BRANDS -> brands(view, choices, form, locale, model);
			case DOCUMENTS -> documents(view, choices, scope, locale, model);
			case REVIEW -> review(view, choices, scope, locale, model);
		};
	}

	// the steps' pages

	private String plan(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope, Locale locale,
			Model model) {
		List<PlanOption> plans = new ArrayList<>();
		for (Choices.PlanChoice choice : choices.plans()) {
			PlanTerms terms = choice.terms();
			PlanTerms.UpgradeConditions upgrade = (choice.upgrade() != null) ? choice.upgrade() : terms.upgrade();
			plans.add(new PlanOption(choice.plan().name(), terms.name(locale), terms.productLimit(), choice.allowed(),
					choice.allowed() ? null
							: messageOr("application.plan.not-allowed." + choice.reasonCode(),
									message("application.plan.only-basic", locale), locale),
					(upgrade != null) ? message("application.plan.upgrade", locale, upgrade.minMonthsOnBasic(),
							upgrade.minCompletedOrders(), money(upgrade.minSales())) : null,
					(scope != null) ? money(scope.annualFee(choice.plan())) : null));
		}
		model.addAttribute("plans", plans);
		model.addAttribute("current",
				(view != null && view.salesPlan() != null) ? this.offers.plan(view.salesPlan()).name(locale) : null);
		return PLAN;
	}

	private String storeType(@Nullable ApplicationView view, @Nullable BusinessScope scope, Locale locale,
			Model model) {
		List<StoreTypeOption> types = Arrays.stream(StoreType.values())
			.map((type) -> new StoreTypeOption(type.name(), scope == null || scope.offers(type),
					(scope != null && !scope.offers(type))
							? message("application.store-type.not-in-scope", locale, scope.name(locale)) : null))
			.toList();
		model.addAttribute("storeTypes", types);
		model.addAttribute("current", (view != null && view.storeType() != null)
				? message("application.store-type." + view.storeType().name(), locale) : null);
		return STORE_TYPE;
	}

	private String scope(@Nullable ApplicationView view, PageForm form, Locale locale, Model model) {
		StoreType storeType = parse(StoreType.class, form.storeType());
		SalesPlan plan = parse(SalesPlan.class, form.salesPlan());
		List<ScopeOption> scopes = new ArrayList<>();
		for (BusinessScope scope : this.offers.scopes()) {
			boolean allowed = storeType == null || scope.offers(storeType);
			List<String> fees = new ArrayList<>();
			for (SalesPlan p : (plan != null) ? List.of(plan) : List.of(SalesPlan.values())) {
				fees.add(message("application.scope.annual-fee", locale, this.offers.plan(p).name(locale),
						money(scope.annualFee(p))));
			}
			scopes.add(new ScopeOption(scope.code(), scope.name(locale), fees, money(scope.deposit()),
					scope.storeTypes()
						.stream()
						.map((t) -> message("application.store-type." + t.name(), locale))
						.toList(),
					scope.categories().stream().map((c) -> c.name(locale)).toList(), allowed,
					allowed ? null : message("application.scope.not-for-store-type", locale,
							message("application.store-type." + storeType.name(), locale))));
		}
		model.addAttribute("scopes", scopes);
		model.addAttribute("current", (view != null && view.businessScope() != null)
				? this.offers.scope(view.businessScope()).map((s) -> s.name(locale)).orElse(view.businessScope())
				: null);
		return SCOPE;
	}

	private String categories(@Nullable ApplicationView view, Choices choices, PageForm form,
			@Nullable BusinessScope scope, Locale locale, Model model) {
		boolean general = StoreType.GENERAL.name().equals(form.storeType());
		List<CategoryOption> options = new ArrayList<>();
		if (scope != null) {
			for (Category category : scope.categories()) {
				String ref = "category:" + category.code();
				boolean checked = form.categories().contains(category.code());
				ApplicationView.Item item = (view != null) ? view.item(ref).orElse(null) : null;
				options.add(new CategoryOption(category.code(), category.name(locale), category.requiresQualification(),
						category.requiresProductChecklist(), category.allowsNoBrand(), checked,
						!general || category.allowsNoBrand() || checked, choices.lockedFields().contains(ref),
						(item != null) ? item.status().name() : null,
						(item != null) ? reasons(item.reasons(), locale) : List.of()));
			}
		}
		model.addAttribute("categories", options);
		model.addAttribute("general", general);
		model.addAttribute("current", (view != null) ? categoryNames(view.categories(), scope, locale) : List.of());
		return CATEGORIES;
	}

	private String brands(@Nullable ApplicationView view, Choices choices, PageForm form, Locale locale, Model model) {
		List<BrandLine> lines = new ArrayList<>();
		for (int i = 0; i < form.brands().size(); i++) {
			String ref = "brand:" + i;
			ApplicationView.Item item = (view != null) ? view.item(ref).orElse(null) : null;
			lines.add(new BrandLine(i, form.brands().get(i), choices.lockedFields().contains(ref),
					(item != null) ? item.status().name() : null,
					(item != null) ? reasons(item.reasons(), locale) : List.of(),
					(item != null && item.expiresAt() != null) ? DATE.format(item.expiresAt().atZone(MARKETPLACE_TIME))
							: null));
		}
		model.addAttribute("brands", lines);
		model.addAttribute("general", StoreType.GENERAL.name().equals(form.storeType()));
		model.addAttribute("statuses", TrademarkStatus.values());
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("maxBrands", choices.maxBrands());
		model.addAttribute("noBrandLocked", choices.lockedFields().contains("noBrand"));
		model.addAttribute("storeTypeRule", (form.storeType() != null)
				? message("application.store-type.requires." + form.storeType(), locale) : null);
		model.addAttribute("current", (view != null)
				? view.brands().stream().map(BrandView::name).filter(Objects::nonNull).toList() : List.of());
		return BRANDS;
	}

	private String documents(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope,
			Locale locale, Model model) {
		model.addAttribute("groups", documentGroups(view, choices, scope, locale));
		return DOCUMENTS;
	}

	private String review(@Nullable ApplicationView view, Choices choices, @Nullable BusinessScope scope, Locale locale,
			Model model) {
		SalesPlan plan = (view != null) ? view.salesPlan() : null;
		model.addAttribute("planName", (plan != null) ? this.offers.plan(plan).name(locale) : null);
		model.addAttribute("productLimit", (plan != null) ? this.offers.plan(plan).productLimit() : null);
		model.addAttribute("storeTypeName", (view != null && view.storeType() != null)
				? message("application.store-type." + view.storeType().name(), locale) : null);
		model.addAttribute("fees", (scope != null && plan != null)
				? message("application.review.fees", locale, money(scope.annualFee(plan)), money(scope.deposit()))
				: null);
		model.addAttribute("items", items(view, scope, locale));
		model.addAttribute("groups", documentGroups(view, choices, scope, locale));
		model.addAttribute("submittable", view != null && choices.editable());
		return REVIEW;
	}

	// the steps' posts

	@PostMapping(PATH + "/plan")
	String savePlan(@RequestParam(required = false) @Nullable String salesPlan, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		return save(Step.PLAN, seller, locale, redirect,
				(form) -> form.withSalesPlan(parse(SalesPlan.class, salesPlan)));
	}

	@PostMapping(PATH + "/store-type")
	String saveStoreType(@RequestParam(required = false) @Nullable String storeType, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		StoreType type = parse(StoreType.class, storeType);
		// "no brand" goes with the general store, and only with it (R-APP-3)
		return save(Step.STORE_TYPE, seller, locale, redirect,
				(form) -> (type == StoreType.GENERAL) ? form.withStoreType(type).withBrands(List.of(), true)
						: form.withStoreType(type).withBrands(form.brands(), false));
	}

	@PostMapping(PATH + "/scope")
	String saveScope(@RequestParam(required = false) @Nullable String businessScope, KaidianUser seller, Locale locale,
			RedirectAttributes redirect) {
		return save(Step.SCOPE, seller, locale, redirect, (form) -> form.withBusinessScope(blankToNull(businessScope)));
	}

	@PostMapping(PATH + "/categories")
	String saveCategories(@RequestParam(name = "categories", required = false) @Nullable List<String> categories,
			KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		return save(Step.CATEGORIES, seller, locale, redirect, (form) -> {
			List<String> chosen = new ArrayList<>((categories != null) ? categories : List.of());
			// an approved category stays whatever the (disabled) box sent
			form.categories()
				.stream()
				.filter((code) -> !chosen.contains(code) && form.locked().contains("category:" + code))
				.forEach(chosen::add);
			return form.withCategories(chosen.stream().distinct().toList());
		});
	}

	/**
	 * Saves the brands, or adds or removes a row without saving ({@code action=add},
	 * {@code action=remove:<index>}): the rows come back as typed.
	 */
	@PostMapping(PATH + "/brands")
	String saveBrands(BrandsForm posted, KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		String action = (posted.action() != null) ? posted.action() : "save";
		if (action.equals("add") || action.startsWith("remove:")) {
			Choices choices = this.applications.choices(seller.accountId());
			List<BrandRow> rows = new ArrayList<>(posted.rows());
			if (action.equals("add")) {
				rows.add(BrandRow.EMPTY);
				redirect.addFlashAttribute("flash", message("application.brands.added", locale));
			}
			else {
				int index = parseIndex(action.substring("remove:".length()));
				if (index >= 0 && index < rows.size() && !choices.lockedFields().contains("brand:" + index)) {
					rows.remove(index);
					redirect.addFlashAttribute("flash", message("application.brands.removed", locale));
				}
			}
			ApplicationView view = this.applications.current(seller.accountId()).orElse(null);
			redirect.addFlashAttribute("form", PageForm.of(view).withBrands(rows, posted.unbranded()));
			return "redirect:" + Step.BRANDS.path() + (action.equals("add") ? "#brand-" + (rows.size() - 1) : "");
		}
		return save(Step.BRANDS, seller, locale, redirect, (form) -> StoreType.GENERAL.name().equals(form.storeType())
				? form.withBrands(List.of(), true) : form.withBrands(posted.rows(), posted.unbranded()));
	}

	@PostMapping(path = PATH + "/documents/brands/{index}/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String uploadBrandDocument(@PathVariable int index, @PathVariable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, KaidianUser seller,
			Locale locale, RedirectAttributes redirect) {
		BrandDocumentKind document = parse(BrandDocumentKind.class, kind);
		if (document == null || index < 0) {
			throw new NotFoundException();
		}
		String id = DocumentLine.id("brand:" + index, document.name());
		return upload(id, document.name(), file, locale, redirect,
				(upload) -> this.applications.uploadBrandDocument(seller.accountId(), index, document, upload));
	}

	@PostMapping(path = PATH + "/documents/categories/{code}/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String uploadCategoryDocument(@PathVariable String code, @PathVariable String kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, KaidianUser seller,
			Locale locale, RedirectAttributes redirect) {
		CategoryDocumentKind document = parse(CategoryDocumentKind.class, kind);
		if (document == null) {
			throw new NotFoundException();
		}
		String id = DocumentLine.id("category:" + code, document.name());
		return upload(id, document.name(), file, locale, redirect,
				(upload) -> this.applications.uploadCategoryDocument(seller.accountId(), code, document, upload));
	}

	@PostMapping(PATH + "/submit")
	String submit(KaidianUser seller, Locale locale, RedirectAttributes redirect) {
		try {
			this.applications.submit(seller.accountId());
			redirect.addFlashAttribute("flash", message("application.submitted", locale));
			return "redirect:/seller";
		}
		catch (Refusal ex) {
			report(ex, null, null, locale, redirect);
			return "redirect:" + Step.REVIEW.path();
		}
	}

	// saving

	private String save(Step step, KaidianUser seller, Locale locale, RedirectAttributes redirect,
			UnaryOperator<PageForm> change) {
		Choices choices = this.applications.choices(seller.accountId());
		ApplicationView view = this.applications.current(seller.accountId()).orElse(null);
		PageForm form = change.apply(PageForm.of(view).withLocked(choices.lockedFields()));
		List<Violation> local = form.unreadable();
		if (!local.isEmpty()) {
			redirect.addFlashAttribute("form", form);
			report(new RuleViolationException(local), null, form, locale, redirect);
			return "redirect:" + step.path();
		}
		try {
			this.applications.save(seller.accountId(), Objects.requireNonNullElse(seller.memberId(), ""),
					form.toApplicationForm());
			redirect.addFlashAttribute("flash", message("application.saved", locale));
			return "redirect:" + step.next().path();
		}
		catch (Refusal ex) {
			// what was chosen or typed comes back so that it can be fixed
			redirect.addFlashAttribute("form", form);
			report(ex, null, form, locale, redirect);
			return "redirect:" + step.path();
		}
	}

	private String upload(String id, String kind, @Nullable MultipartFile file, Locale locale,
			RedirectAttributes redirect, Function<Upload, DocumentStatus> store) {
		String anchor = "redirect:" + Step.DOCUMENTS.path() + "#" + id;
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("errors", Map.of(id, message("application.upload.choose", locale)));
			return anchor;
		}
		try {
			DocumentStatus stored = store.apply(Upload.of(file));
			boolean allPassed = stored.checks().stream().allMatch(Check::passed);
			redirect.addFlashAttribute("flash",
					message(allPassed ? "application.uploaded" : "application.uploaded-with-warnings", locale,
							message("application.document." + kind, locale)));
		}
		catch (Refusal ex) {
			report(ex, id, null, locale, redirect);
		}
		return anchor;
	}

	/**
	 * Violations inline per field, and a summary linking each to its step; a refusal
	 * without a field at the top (or at its document).
	 */
	private void report(Refusal ex, @Nullable String at, @Nullable PageForm form, Locale locale,
			RedirectAttributes redirect) {
		this.pageErrors.report(ex, locale, new ApplicationFields(at, form)).flash(redirect);
	}

	/**
	 * Where the application's pages show a field: its element on the step where it is
	 * entered; a plan or a store type named in a message, in words.
	 */
	private final class ApplicationFields implements PageErrors.Fields {

		private final @Nullable String at;

		private final @Nullable PageForm form;

		ApplicationFields(@Nullable String at, @Nullable PageForm form) {
			this.at = at;
			this.form = form;
		}

		@Override
		public @Nullable String at() {
			return this.at;
		}

		@Override
		public PageErrors.Place place(String field, Locale locale) {
			String id = field.equals(this.at) ? this.at : anchor(field, this.form);
			return new PageErrors.Place(id, Step.of(id).path() + "#" + id, fieldLabel(field, locale));
		}

		@Override
		public Object argument(Object argument, Locale locale) {
			String value = String.valueOf(argument);
			if (parse(StoreType.class, value) != null) {
				return message("application.store-type." + value, locale);
			}
			if (parse(SalesPlan.class, value) != null) {
				return ApplicationPages.this.offers.plan(SalesPlan.valueOf(value)).name(locale);
			}
			return argument;
		}

	}

	// what every step shows

	private void common(Step step, @Nullable ApplicationView view, Choices choices, Locale locale, Model model) {
		String status = (view != null) ? view.status().name() : "NONE";
		model.addAttribute("step", step.name());
		model.addAttribute("steps",
				Arrays.stream(Step.values())
					.map((s) -> new StepLink(s.name(), s.path(), s == step, view != null && done(s, view)))
					.toList());
		model.addAttribute("previous", step.ordinal() > 0 ? Step.values()[step.ordinal() - 1].path() : null);
		model.addAttribute("app", view);
		model.addAttribute("status", status);
		model.addAttribute("editable", choices.editable());
		model.addAttribute("locked", choices.lockedFields());
		model.addAttribute("subjectType", (choices.subjectType() != null) ? choices.subjectType().name() : null);
		model.addAttribute("expectedDecisionBy", format(view != null ? view.expectedDecisionBy() : null));
		model.addAttribute("reasons", (view != null && view.status() == ApplicationStatus.REJECTED)
				? reasons(view.reasons(), locale) : List.of());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("summary")) {
			model.addAttribute("summary", List.of());
		}
	}

	private static boolean done(Step step, ApplicationView view) {
		return switch (step) {
			case PLAN -> view.salesPlan() != null;
			case STORE_TYPE -> view.storeType() != null;
			case SCOPE -> view.businessScope() != null;
			case CATEGORIES -> !view.categories().isEmpty();
			case BRANDS -> view.noBrand() || !view.brands().isEmpty();
			case DOCUMENTS, REVIEW -> view.status() != ApplicationStatus.DRAFT;
		};
	}

	private static Step firstToDo(ApplicationView view) {
		return Arrays.stream(Step.values()).filter((s) -> !done(s, view)).findFirst().orElse(Step.REVIEW);
	}

	/** Every document the chosen categories and brands need, with where each stands. */
	private List<DocumentGroup> documentGroups(@Nullable ApplicationView view, Choices choices,
			@Nullable BusinessScope scope, Locale locale) {
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
			String ref = "category:" + code;
			addGroup(groups, view, choices, ref,
					message("application.documents.category", locale, category != null ? category.name(locale) : code),
					kinds, "/documents/categories/" + code + "/", locale);
		}
		for (BrandView brand : view.brands()) {
			List<String> kinds = new ArrayList<>();
			kinds.add(BrandDocumentKind.TRADEMARK_CERTIFICATE.name());
			if (brand.ownership() == Ownership.AUTHORIZED) {
				kinds.add(BrandDocumentKind.AUTHORIZATION_LETTER.name());
			}
			String ref = "brand:" + brand.index();
			addGroup(groups, view, choices, ref,
					message("application.documents.brand", locale, brandName(brand, locale)), kinds,
					"/documents/brands/" + brand.index() + "/", locale);
		}
		return groups;
	}

	private void addGroup(List<DocumentGroup> groups, ApplicationView view, Choices choices, String ref, String label,
			List<String> kinds, String action, Locale locale) {
		if (kinds.isEmpty()) {
			return;
		}
		boolean uploadable = choices.editable() && !choices.lockedFields().contains(ref);
		List<DocumentLine> lines = new ArrayList<>();
		for (String kind : kinds) {
			DocumentStatus status = view.documents()
				.stream()
				.filter((d) -> d.ref().equals(ref) && d.kind().equals(kind))
				.findFirst()
				.orElse(null);
			List<String> failed = (status != null) ? status.checks()
				.stream()
				.filter((check) -> !check.passed())
				.map((check) -> this.messages.getMessage("check." + check.code() + ".failed", null, check.code(),
						locale))
				.toList() : List.of();
			String state = (status != null) ? status.status() : "NONE";
			lines.add(new DocumentLine(DocumentLine.id(ref, kind), kind, state, status != null && status.carriedOver(),
					status != null && !status.checks().isEmpty(), failed, uploadable && !"ACCEPTED".equals(state),
					PATH + action + kind));
		}
		groups.add(new DocumentGroup(ref, label, lines));
	}

	/** The categories and brands with their own status and reasons (R-APP-6). */
	private List<ItemLine> items(@Nullable ApplicationView view, @Nullable BusinessScope scope, Locale locale) {
		if (view == null) {
			return List.of();
		}
		List<ItemLine> lines = new ArrayList<>();
		for (String code : view.categories()) {
			String ref = "category:" + code;
			Category category = (scope != null) ? scope.category(code).orElse(null) : null;
			Optional<ApplicationView.Item> item = view.item(ref);
			lines.add(new ItemLine(ref, "CATEGORY", category != null ? category.name(locale) : code, null,
					item.map((i) -> i.status().name()).orElse(null),
					item.map(ApplicationView.Item::locked).orElse(false),
					item.map((i) -> reasons(i.reasons(), locale)).orElse(List.of()), null));
		}
		for (BrandView brand : view.brands()) {
			String ref = "brand:" + brand.index();
			Optional<ApplicationView.Item> item = view.item(ref);
			lines.add(new ItemLine(ref, "BRAND", brandName(brand, locale), brandDetail(brand, locale),
					item.map((i) -> i.status().name()).orElse(null),
					item.map(ApplicationView.Item::locked).orElse(false),
					item.map((i) -> reasons(i.reasons(), locale)).orElse(List.of()),
					item.map(ApplicationView.Item::expiresAt)
						.map((at) -> message("application.review.expires", locale,
								DATE.format(at.atZone(MARKETPLACE_TIME))))
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
			parts.add(message("application.brands.status." + brand.trademarkStatus().name(), locale));
		}
		if (brand.trademarkClass() != null) {
			parts.add(message("application.field.trademarkClass", locale) + " " + brand.trademarkClass());
		}
		if (brand.ownership() != null) {
			parts.add(message("application.brands.ownership." + brand.ownership().name(), locale));
		}
		if (brand.owner() != null) {
			parts.add(brand.owner());
		}
		return String.join(" · ", parts);
	}

	private String brandName(BrandView brand, Locale locale) {
		return (brand.name() != null && !brand.name().isBlank()) ? brand.name()
				: message("application.field.brand", locale, brand.index() + 1);
	}

	private List<ReasonLine> reasons(List<Reason> reasons, Locale locale) {
		List<ReasonLine> lines = new ArrayList<>();
		for (Reason reason : reasons) {
			Optional<ReasonCatalogue.Entry> entry = this.catalogue.find(reason.code(), locale);
			lines.add(new ReasonLine(reason.field(), fieldLabel(reason.field(), locale), reason.code(),
					entry.map(ReasonCatalogue.Entry::text).orElse(reason.code()),
					entry.map(ReasonCatalogue.Entry::howToFix).orElse(null), reason.message()));
		}
		return lines;
	}

	private List<String> categoryNames(List<String> codes, @Nullable BusinessScope scope, Locale locale) {
		return codes.stream()
			.map((code) -> (scope != null) ? scope.category(code).map((c) -> c.name(locale)).orElse(code) : code)
			.toList();
	}

	/**
	 * A field or item in words: {@code brands[1].trademarkNumber} is "Brand 2: Trademark
	 * registration number", {@code category:shoes} is "Category “Shoes”".
	 */
	private String fieldLabel(String field, Locale locale) {
		Matcher document = DOCUMENT_FIELD.matcher(field);
		if (document.matches()) {
			return fieldLabel(document.group(1), locale) + ": "
					+ messageOr("application.document." + document.group(2), document.group(2), locale);
		}
		if (field.startsWith("category:")) {
			String code = field.substring("category:".length());
			String name = this.offers.scopes()
				.stream()
				.flatMap((s) -> s.category(code).stream())
				.map((c) -> c.name(locale))
				.findFirst()
				.orElse(code);
			return message("application.field.category", locale, name);
		}
		Matcher brand = BRAND_FIELD.matcher(field);
		if (brand.matches()) {
			String label = message("application.field.brand", locale, Integer.parseInt(brand.group(1)) + 1);
			return (brand.group(2) != null) ? label + ": " + fieldLabel(brand.group(2), locale) : label;
		}
		Matcher category = CATEGORY_FIELD.matcher(field);
		if (category.matches()) {
			return message("application.field.categories", locale);
		}
		int dash = field.indexOf("--");
		if (dash > 0) {
			return messageOr("application.document." + field.substring(dash + 2), field, locale);
		}
		return this.messages.getMessage("application.field." + field, null, field, locale);
	}

	/**
	 * The id of a field's element: {@code brands[1].name} is {@code brands-1-name},
	 * {@code brand:1} is {@code brands-1}, {@code categories[0]} and
	 * {@code category:shoes} are {@code category-shoes}.
	 */
	static String anchor(String field, @Nullable PageForm form) {
		Matcher document = DOCUMENT_FIELD.matcher(field);
		if (document.matches()) {
			return DocumentLine.id(document.group(1), document.group(2));
		}
		Matcher category = CATEGORY_FIELD.matcher(field);
		if (category.matches() && category.group(1) != null && form != null) {
			int index = Integer.parseInt(category.group(1));
			if (index < form.categories().size()) {
				return "category-" + form.categories().get(index);
			}
		}
		if (field.startsWith("category:")) {
			return "category-" + field.substring("category:".length());
		}
		if (field.startsWith("brand:")) {
			return "brands-" + field.substring("brand:".length());
		}
		return field.replaceAll("[\\[\\]:.]+", "-").replaceAll("-$", "");
	}

	private static String money(Money money) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		String amount = format.format(money.amount() != null ? money.amount() : BigDecimal.ZERO);
		return "CNY".equals(money.currency()) ? "¥" + amount : money.currency() + " " + amount;
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, locale);
	}

	private String messageOr(String code, String fallback, Locale locale) {
		return this.messages.getMessage(code, null, fallback, locale);
	}

	private static @Nullable String format(@Nullable Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(MARKETPLACE_TIME)) : null;
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static int parseIndex(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The steps, in order, each with its sub-path. */
	enum Step {

		PLAN("plan"), STORE_TYPE("store-type"), SCOPE("scope"), CATEGORIES("categories"), BRANDS("brands"),
		DOCUMENTS("documents"), REVIEW("review");

		private final String slug;

		Step(String slug) {
			this.slug = slug;
		}

		String path() {
			return PATH + "/" + this.slug;
		}

		Step next() {
			return (this == REVIEW) ? REVIEW : values()[ordinal() + 1];
		}

		static Step ofSlug(String slug) {
			for (Step step : values()) {
				if (step.slug.equals(slug)) {
					return step;
				}
			}
			throw new NotFoundException();
		}

		/** The step where a field (as a violation names it) is entered. */
		static Step of(String slugOrField) {
			if (slugOrField.startsWith("salesPlan")) {
				return PLAN;
			}
			if (slugOrField.startsWith("storeType")) {
				return STORE_TYPE;
			}
			if (slugOrField.startsWith("businessScope")) {
				return SCOPE;
			}
			if (slugOrField.startsWith("categor") && !slugOrField.contains("--")) {
				return CATEGORIES;
			}
			if ((slugOrField.startsWith("brand") || slugOrField.startsWith("noBrand")) && !slugOrField.contains("--")) {
				return BRANDS;
			}
			if (slugOrField.contains("--") || slugOrField.startsWith("documents")) {
				return DOCUMENTS;
			}
			return REVIEW;
		}

	}

	/**
	 * The application as the pages edit it: strings, so that what was typed comes back as
	 * typed when it is refused.
	 *
	 * @param salesPlan the plan's name
	 * @param storeType the store type's name
	 * @param businessScope the scope's code
	 * @param categories the category codes
	 * @param brands the brand rows
	 * @param noBrand "no brand"
	 * @param locked the fields and items that may not change (approved)
	 */
	record PageForm(@Nullable String salesPlan, @Nullable String storeType, @Nullable String businessScope,
			List<String> categories, List<BrandRow> brands, boolean noBrand,
			Set<String> locked) implements Serializable {

		static PageForm of(@Nullable ApplicationView view) {
			if (view == null) {
				return new PageForm(null, null, null, List.of(), List.of(), false, Set.of());
			}
			return new PageForm(view.salesPlan() != null ? view.salesPlan().name() : null,
					view.storeType() != null ? view.storeType().name() : null, view.businessScope(),
					List.copyOf(view.categories()), view.brands().stream().map(BrandRow::of).toList(), view.noBrand(),
					Set.of());
		}

		PageForm withLocked(Set<String> locked) {
			return new PageForm(this.salesPlan, this.storeType, this.businessScope, this.categories, this.brands,
					this.noBrand, Set.copyOf(locked));
		}

		PageForm withSalesPlan(@Nullable SalesPlan plan) {
			return new PageForm(plan != null ? plan.name() : null, this.storeType, this.businessScope, this.categories,
					this.brands, this.noBrand, this.locked);
		}

		PageForm withStoreType(@Nullable StoreType type) {
			return new PageForm(this.salesPlan, type != null ? type.name() : null, this.businessScope, this.categories,
					this.brands, this.noBrand, this.locked);
		}

		PageForm withBusinessScope(@Nullable String scope) {
			return new PageForm(this.salesPlan, this.storeType, scope, this.categories, this.brands, this.noBrand,
					this.locked);
		}

		PageForm withCategories(List<String> categories) {
			return new PageForm(this.salesPlan, this.storeType, this.businessScope, List.copyOf(categories),
					this.brands, this.noBrand, this.locked);
		}

		/** The posted rows; an approved (locked) brand keeps its saved row. */
		PageForm withBrands(List<BrandRow> rows, boolean noBrand) {
			List<BrandRow> merged = new ArrayList<>(rows);
			for (int i = 0; i < this.brands.size(); i++) {
				if (this.locked.contains("brand:" + i)) {
					if (i < merged.size()) {
						merged.set(i, this.brands.get(i));
					}
					else {
						merged.add(this.brands.get(i));
					}
				}
			}
			return new PageForm(this.salesPlan, this.storeType, this.businessScope, this.categories,
					List.copyOf(merged), this.locked.contains("noBrand") ? this.noBrand : noBrand, this.locked);
		}

		/** What the service cannot be asked: a class that is not a number. */
		List<Violation> unreadable() {
			List<Violation> violations = new ArrayList<>();
			for (int i = 0; i < this.brands.size(); i++) {
				String value = this.brands.get(i).trademarkClass();
				if (value != null && !value.isBlank() && BrandRow.number(value) == null) {
					violations.add(Violation.of("brands[" + i + "].trademarkClass", "OUT_OF_RANGE"));
				}
			}
			return violations;
		}

		ApplicationForm toApplicationForm() {
			return new ApplicationForm(parse(SalesPlan.class, this.salesPlan), parse(StoreType.class, this.storeType),
					this.businessScope, this.categories, this.brands.stream().map(BrandRow::toBrandForm).toList(),
					this.noBrand);
		}

	}

	/**
	 * One brand row of the brands step, as typed.
	 *
	 * @param name the brand's name
	 * @param trademarkNumber its registration or application number
	 * @param trademarkStatus REGISTERED or TM
	 * @param ownership OWNED or AUTHORIZED
	 * @param trademarkClass the Nice class
	 * @param owner the trademark's owner
	 */
	record BrandRow(@Nullable String name, @Nullable String trademarkNumber, @Nullable String trademarkStatus,
			@Nullable String ownership, @Nullable String trademarkClass,
			@Nullable String owner) implements Serializable {

		static final BrandRow EMPTY = new BrandRow(null, null, null, null, null, null);

		static BrandRow of(BrandView brand) {
			return new BrandRow(brand.name(), brand.trademarkNumber(),
					brand.trademarkStatus() != null ? brand.trademarkStatus().name() : null,
					brand.ownership() != null ? brand.ownership().name() : null,
					brand.trademarkClass() != null ? brand.trademarkClass().toString() : null, brand.owner());
		}

		BrandForm toBrandForm() {
			return new BrandForm(blankToNull(this.name), blankToNull(this.trademarkNumber),
					parse(TrademarkStatus.class, this.trademarkStatus), parse(Ownership.class, this.ownership),
					number(this.trademarkClass), blankToNull(this.owner));
		}

		static @Nullable Integer number(@Nullable String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	/**
	 * The brands step's post.
	 *
	 * @param brands the rows, {@code brands[0].name} …
	 * @param noBrand "no brand" ticked
	 * @param action {@code save} (default), {@code add}, or {@code remove:<index>}
	 */
	record BrandsForm(@Nullable List<BrandRow> brands, @Nullable Boolean noBrand, @Nullable String action) {

		List<BrandRow> rows() {
			return (this.brands != null) ? this.brands.stream().map((b) -> (b != null) ? b : BrandRow.EMPTY).toList()
					: List.of();
		}

		boolean unbranded() {
			return Boolean.TRUE.equals(this.noBrand);
		}

	}

	/**
	 * One step in the step indicator.
	 *
	 * @param key the step
	 * @param href its page
	 * @param current whether it is the page shown
	 * @param done whether its choice is made
	 */
	record StepLink(String key, String href, boolean current, boolean done) {
	}

	/**
	 * A sales plan as offered to this seller (R-APP-2).
	 *
	 * @param code BASIC or STANDARD
	 * @param name its name
	 * @param productLimit how many products it allows
	 * @param allowed whether this seller may choose it now
	 * @param notAllowed why not
	 * @param upgrade the individual business's upgrade conditions, if any
	 * @param annualFee the annual fee in the chosen scope, if one is chosen
	 */
	record PlanOption(String code, String name, int productLimit, boolean allowed, @Nullable String notAllowed,
			@Nullable String upgrade, @Nullable String annualFee) {
	}

	/**
	 * A store type (R-APP-3).
	 *
	 * @param code the type
	 * @param offered whether the chosen scope offers it
	 * @param note why not
	 */
	record StoreTypeOption(String code, boolean offered, @Nullable String note) {
	}

	/**
	 * A business scope (R-APP-4, R-FEE-1).
	 *
	 * @param code its code
	 * @param name its name
	 * @param fees the annual fee per plan, in words
	 * @param deposit its deposit
	 * @param storeTypes the store types it offers, in words
	 * @param categories its categories' names
	 * @param allowed whether it offers the chosen store type
	 * @param note why not
	 */
	record ScopeOption(String code, String name, List<String> fees, String deposit, List<String> storeTypes,
			List<String> categories, boolean allowed, @Nullable String note) {
	}

	/**
	 * A category of the chosen scope (R-APP-4).
	 *
	 * @param code its code
	 * @param name its name
	 * @param requiresQualification whether a qualification document is needed
	 * @param requiresChecklist whether a product checklist is needed
	 * @param allowsNoBrand whether unbranded goods may be sold in it
	 * @param checked whether it is chosen
	 * @param allowed whether it may be chosen with the store type
	 * @param locked approved: cannot be removed
	 * @param status its item's status, if it was submitted
	 * @param reasons why it was rejected
	 */
	record CategoryOption(String code, String name, boolean requiresQualification, boolean requiresChecklist,
			boolean allowsNoBrand, boolean checked, boolean allowed, boolean locked, @Nullable String status,
			List<ReasonLine> reasons) {
	}

	/**
	 * A brand row with its item's state (R-APP-5).
	 *
	 * @param index its index
	 * @param row what was entered
	 * @param locked approved: read-only
	 * @param status its item's status, if submitted
	 * @param reasons why it was rejected
	 * @param expires when an approved TM mark lapses
	 */
	record BrandLine(int index, BrandRow row, boolean locked, @Nullable String status, List<ReasonLine> reasons,
			@Nullable String expires) {
	}

	/**
	 * The documents of one category or brand.
	 *
	 * @param ref the item
	 * @param label the item in words
	 * @param documents its documents
	 */
	record DocumentGroup(String ref, String label, List<DocumentLine> documents) {
	}

	/**
	 * One required document.
	 *
	 * @param id its element's id
	 * @param kind the document kind
	 * @param status NONE, UPLOADED, ACCEPTED or REJECTED
	 * @param carriedOver accepted earlier and kept
	 * @param checked whether automated checks ran
	 * @param failedChecks the checks it failed, in words
	 * @param uploadable whether the seller may upload it now
	 * @param action where the upload posts
	 */
	record DocumentLine(String id, String kind, String status, boolean carriedOver, boolean checked,
			List<String> failedChecks, boolean uploadable, String action) {

		/**
		 * {@code category:shoes} and {@code PRODUCT_CHECKLIST}:
		 * {@code category-shoes--PRODUCT_CHECKLIST}.
		 */
		static String id(String ref, String kind) {
			return ref.replace(':', '-') + "--" + kind;
		}

	}

	/**
	 * A category or brand on the review step (R-APP-6).
	 *
	 * @param ref its reference
	 * @param type CATEGORY or BRAND
	 * @param name its name
	 * @param detail the trademark, for a brand
	 * @param status its status, once submitted
	 * @param locked approved
	 * @param reasons why it was rejected
	 * @param expires when an approved TM mark lapses, in words
	 */
	record ItemLine(String ref, String type, String name, @Nullable String detail, @Nullable String status,
			boolean locked, List<ReasonLine> reasons, @Nullable String expires) {
	}

	/**
	 * A reason of a rejection as the seller reads it (PRODUCT.md §4.1).
	 *
	 * @param field the rejected item
	 * @param label its name
	 * @param code the reason's code
	 * @param text what is wrong
	 * @param howToFix how to fix it
	 * @param note the reviewer's note
	 */
	record ReasonLine(String field, String label, String code, String text, @Nullable String howToFix,
			@Nullable String note) {
	}

}
