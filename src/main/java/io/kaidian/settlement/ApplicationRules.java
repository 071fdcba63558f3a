package io.kaidian.settlement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.identity.SubjectType;
import io.kaidian.platform.rules.Violation;
import io.kaidian.screening.Screening;
import io.kaidian.screening.ScreeningContext;
import io.kaidian.screening.ScreeningResult;
import io.kaidian.screening.TermList;

/**
 * The rules of a settlement application as named policies, each returning coded
 * violations that name the field (R-APP-2…5). Guide:
 * docs/guide/settlement-application.md.
 */
@Component
class ApplicationRules {

	static final int MAX_NAME = 100;

	static final int MAX_OWNER = 200;

	private final Offers offers;

	private final Screening screening;

	private final SettlementProperties properties;

	ApplicationRules(Offers offers, Screening screening, SettlementProperties properties) {
		this.offers = offers;
		this.screening = screening;
		this.properties = properties;
	}

	/**
	 * The checks of a save: everything given must be valid; missing parts may come later.
	 */
	List<Violation> checkGiven(ApplicationForm form, SubjectType subject, Set<Integer> approvedBrands) {
		List<Violation> violations = new ArrayList<>();
		violations.addAll(planAllowedForSubject(form, subject));
		Optional<BusinessScope> scope = scope(form, violations);
		violations.addAll(categoriesWithinScope(form, scope));
		violations.addAll(storeTypeOfferedByScope(form, scope));
		violations.addAll(storeTypeAndBrands(form, scope, false));
		violations.addAll(brandsWellFormed(form));
		violations.addAll(brandNamesScreened(form, approvedBrands));
		return violations;
	}

	/** The checks of a submission: complete, and valid. */
	List<Violation> checkComplete(ApplicationForm form, SubjectType subject, Set<Integer> approvedBrands) {
		List<Violation> violations = new ArrayList<>();
		if (form.salesPlan() == null) {
			violations.add(Violation.of("salesPlan", "REQUIRED"));
		}
		if (form.storeType() == null) {
			violations.add(Violation.of("storeType", "REQUIRED"));
		}
		if (form.businessScope() == null) {
			violations.add(Violation.of("businessScope", "REQUIRED"));
		}
		violations.addAll(planAllowedForSubject(form, subject));
		Optional<BusinessScope> scope = scope(form, violations);
		if (form.categoryCodes().isEmpty()) {
			// R-APP-4: one or more categories
			violations.add(Violation.of("categories", "CATEGORY_REQUIRED"));
		}
		violations.addAll(categoriesWithinScope(form, scope));
		violations.addAll(storeTypeOfferedByScope(form, scope));
		violations.addAll(storeTypeAndBrands(form, scope, true));
		violations.addAll(brandsWellFormed(form));
		violations.addAll(brandsComplete(form));
		violations.addAll(brandNamesScreened(form, approvedBrands));
		return violations;
	}

	/**
	 * R-APP-2: enterprises choose freely; an individual business gets the plans the
	 * operator opened to it (basic) and may upgrade later under the upgrade conditions.
	 */
	List<Violation> planAllowedForSubject(ApplicationForm form, SubjectType subject) {
		if (form.salesPlan() == null || subject == SubjectType.ENTERPRISE) {
			return List.of();
		}
		PlanTerms terms = this.offers.plan(form.salesPlan());
		if (terms.individualBusinessAllowed()) {
			return List.of();
		}
		PlanTerms.UpgradeConditions upgrade = terms.upgrade();
		return List.of(Violation.of("salesPlan", "PLAN_NOT_ALLOWED_FOR_SUBJECT", form.salesPlan().name(),
				upgrade != null ? upgrade.minMonthsOnBasic() : 0, upgrade != null ? upgrade.minCompletedOrders() : 0,
				upgrade != null ? upgrade.minSales().amount().toPlainString() : "0"));
	}

	/** R-APP-4: one business scope, an active one of the offers. */
	private Optional<BusinessScope> scope(ApplicationForm form, List<Violation> violations) {
		if (form.businessScope() == null) {
			if (!form.categoryCodes().isEmpty()) {
				violations.add(Violation.of("businessScope", "REQUIRED"));
			}
			return Optional.empty();
		}
		Optional<BusinessScope> scope = this.offers.scope(form.businessScope());
		if (scope.isEmpty()) {
			violations.add(Violation.of("businessScope", "BUSINESS_SCOPE_UNKNOWN", form.businessScope()));
		}
		return scope;
	}

	/**
	 * R-APP-4: categories inside the one scope, each once (and each applied for
	 * separately, as its own item).
	 */
	List<Violation> categoriesWithinScope(ApplicationForm form, Optional<BusinessScope> scope) {
		List<Violation> violations = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> codes = form.categoryCodes();
		for (int i = 0; i < codes.size(); i++) {
			String field = "categories[" + i + "]";
			String code = codes.get(i);
			if (code == null || code.isBlank()) {
				violations.add(Violation.of(field, "REQUIRED"));
				continue;
			}
			if (!seen.add(code)) {
				violations.add(Violation.of(field, "CATEGORY_DUPLICATE", code));
				continue;
			}
			if (scope.isPresent() && scope.get().category(code).isEmpty()) {
				violations.add(Violation.of(field, "CATEGORY_NOT_IN_SCOPE", code, scope.get().code()));
			}
		}
		return violations;
	}

	/** R-APP-3, R-APP-4: the scope offers the store type. */
	List<Violation> storeTypeOfferedByScope(ApplicationForm form, Optional<BusinessScope> scope) {
		if (form.storeType() == null || scope.isEmpty() || scope.get().offers(form.storeType())) {
			return List.of();
		}
		return List
			.of(Violation.of("storeType", "STORE_TYPE_NOT_OFFERED", form.storeType().name(), scope.get().code()));
	}

	/**
	 * R-APP-3: official — exactly one brand, a registered ® mark, owned or exclusively
	 * authorised; specialty — exactly one brand, ® or TM; exclusive — one or more brands
	 * (at most {@code max-brands}); general — no brand, and only categories that allow
	 * unbranded goods. A save refuses too many brands at once; too few only at
	 * submission.
	 */
	List<Violation> storeTypeAndBrands(ApplicationForm form, Optional<BusinessScope> scope, boolean complete) {
		List<Violation> violations = new ArrayList<>();
		int count = form.brandForms().size();
		if (count > this.properties.maxBrands()) {
			violations.add(Violation.of("brands", "TOO_MANY_BRANDS", this.properties.maxBrands()));
		}
		StoreType type = form.storeType();
		if (type == null) {
			return violations;
		}
		switch (type) {
			case OFFICIAL, SPECIALTY -> {
				if (count > 1 || (complete && count == 0)) {
					violations.add(Violation.of("brands", "ONE_BRAND_REQUIRED", type.name(), count));
				}
			}
			case EXCLUSIVE -> {
				if (complete && count == 0) {
					violations.add(Violation.of("brands", "BRAND_REQUIRED", type.name()));
				}
			}
			case GENERAL -> {
				if (count > 0) {
					violations.add(Violation.of("brands", "GENERAL_STORE_HAS_NO_BRANDS"));
				}
				if (Boolean.FALSE.equals(form.noBrand()) || (complete && !form.unbranded())) {
					violations.add(Violation.of("noBrand", "NO_BRAND_REQUIRED"));
				}
				if (scope.isPresent()) {
					List<String> codes = form.categoryCodes();
					for (int i = 0; i < codes.size(); i++) {
						String code = codes.get(i);
						Optional<Category> category = (code != null) ? scope.get().category(code) : Optional.empty();
						if (category.isPresent() && !category.get().allowsNoBrand()) {
							violations.add(Violation.of("categories[" + i + "]", "CATEGORY_NEEDS_BRAND", code));
						}
					}
				}
			}
		}
		if (type != StoreType.GENERAL && form.unbranded()) {
			violations.add(Violation.of("noBrand", "NO_BRAND_ONLY_GENERAL", type.name()));
		}
		if (type == StoreType.OFFICIAL) {
			List<BrandForm> brands = form.brandForms();
			for (int i = 0; i < brands.size(); i++) {
				if (brands.get(i).trademarkStatus() == TrademarkStatus.TM) {
					violations
						.add(Violation.of("brands[" + i + "].trademarkStatus", "OFFICIAL_STORE_NEEDS_REGISTERED_MARK"));
				}
			}
		}
		return violations;
	}

	/**
	 * R-APP-5: trademark numbers of the Chinese office (1–9 digits) or Madrid
	 * international registrations ({@code G} + 1–9 digits); Nice classes 1–45; names and
	 * owners of sensible length; no brand twice.
	 */
	List<Violation> brandsWellFormed(ApplicationForm form) {
		List<Violation> violations = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Set<String> numbers = new HashSet<>();
		List<BrandForm> brands = form.brandForms();
		for (int i = 0; i < brands.size(); i++) {
			String field = "brands[" + i + "]";
			BrandForm given = brands.get(i);
			if (given == null) {
				violations.add(Violation.of(field, "REQUIRED"));
				continue;
			}
			Brand brand = Brand.of(given);
			if (brand.name() != null) {
				if (brand.name().length() > MAX_NAME) {
					violations.add(Violation.of(field + ".name", "LENGTH_INVALID"));
				}
				else if (!names.add(brand.name().toLowerCase(java.util.Locale.ROOT))) {
					violations.add(Violation.of(field + ".name", "BRAND_DUPLICATE", brand.name()));
				}
			}
			if (brand.trademarkNumber() != null) {
				if (!TrademarkNumbers.valid(brand.trademarkNumber())) {
					violations.add(Violation.of(field + ".trademarkNumber", "TRADEMARK_NUMBER_FORMAT"));
				}
				else if (!numbers.add(brand.trademarkNumber())) {
					violations
						.add(Violation.of(field + ".trademarkNumber", "BRAND_DUPLICATE", brand.trademarkNumber()));
				}
			}
			if (brand.trademarkClass() != null && (brand.trademarkClass() < 1 || brand.trademarkClass() > 45)) {
				violations.add(Violation.of(field + ".trademarkClass", "TRADEMARK_CLASS_INVALID"));
			}
			if (brand.owner() != null && brand.owner().length() > MAX_OWNER) {
				violations.add(Violation.of(field + ".owner", "LENGTH_INVALID"));
			}
		}
		return violations;
	}

	/** R-APP-5: at submission every brand has its name, number, status and ownership. */
	List<Violation> brandsComplete(ApplicationForm form) {
		List<Violation> violations = new ArrayList<>();
		List<BrandForm> brands = form.brandForms();
		for (int i = 0; i < brands.size(); i++) {
			String field = "brands[" + i + "]";
			BrandForm brand = brands.get(i);
			if (brand == null) {
				continue;
			}
			required(violations, field + ".name", brand.name());
			required(violations, field + ".trademarkNumber", brand.trademarkNumber());
			required(violations, field + ".trademarkStatus", brand.trademarkStatus());
			required(violations, field + ".ownership", brand.ownership());
		}
		return violations;
	}

	/**
	 * R-REG-5, R-APP-5: a brand name with a prohibited term is refused; a protected brand
	 * can only be claimed as {@code AUTHORIZED} (the owner's letter is then required, and
	 * the reviewer sees the flag). Brands approved in an earlier attempt are not screened
	 * again (PRODUCT.md §4.2: approved items stay locked), so a term added to the
	 * dictionaries since cannot block the resubmission of other items.
	 */
	List<Violation> brandNamesScreened(ApplicationForm form, Set<Integer> approvedBrands) {
		List<Violation> violations = new ArrayList<>();
		List<BrandForm> brands = form.brandForms();
		for (int i = 0; i < brands.size(); i++) {
			BrandForm brand = brands.get(i);
			if (brand == null || brand.name() == null || brand.name().isBlank() || approvedBrands.contains(i)) {
				continue;
			}
			String field = "brands[" + i + "].name";
			ScreeningResult result = screen(brand.name());
			for (Violation violation : result.violations(field)) {
				boolean protectedBrand = "PROTECTED_BRAND".equals(violation.code());
				if (!protectedBrand || brand.ownership() != Ownership.AUTHORIZED) {
					violations.add(violation);
				}
			}
		}
		return violations;
	}

	ScreeningResult screen(String name) {
		return this.screening.check(name, ScreeningContext.BRAND_NAME);
	}

	boolean protectedBrand(@Nullable String name) {
		return name != null && !screen(name).hits(TermList.PROTECTED_BRAND).isEmpty();
	}

	private static void required(List<Violation> violations, String field, @Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			violations.add(Violation.of(field, "REQUIRED"));
		}
	}

}
