package io.kaidian.settlement.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.i18n.Languages;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Category;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.PlanTerms;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.settlement.StoreType;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public catalogue of offers (R-APP-2…4, R-FEE-1), served from the in-memory
 * {@link Offers} with an {@code ETag}. Guide: docs/guide/offers.md.
 */
@RestController
@Tag(name = ApiTags.OFFERS)
class OffersApi {

	private final Offers offers;

	private final CacheControl cacheControl;

	OffersApi(Offers offers, OffersCacheProperties properties) {
		this.offers = offers;
		this.cacheControl = CacheControl.maxAge(properties.offersMaxAge()).cachePublic();
	}

	/** The active business scopes, in display order, each with its active categories. */
	@GetMapping("/api/v1/business-scopes")
	ResponseEntity<List<ScopeView>> scopes() {
		return cached((snapshot, locale) -> snapshot.scopes().stream().map((s) -> ScopeView.of(s, locale)).toList());
	}

	/** One active business scope; {@code 404} for an unknown or inactive one. */
	@GetMapping("/api/v1/business-scopes/{code}")
	ResponseEntity<ScopeView> scope(@PathVariable String code) {
		return cached((snapshot, locale) -> snapshot.scopes()
			.stream()
			.filter((s) -> s.code().equals(code))
			.findFirst()
			.map((s) -> ScopeView.of(s, locale))
			.orElseThrow(NotFoundException::new));
	}

	/** The sales plans, basic first (R-APP-2). */
	@GetMapping("/api/v1/sales-plans")
	ResponseEntity<List<PlanView>> plans() {
		return cached((snapshot, locale) -> snapshot.plans().stream().map((p) -> PlanView.of(p, locale)).toList());
	}

	/**
	 * The answer built from one snapshot, with its validators. A request whose
	 * {@code If-None-Match} matches the {@code ETag} gets {@code 304} (Spring MVC
	 * compares them for a {@code 200} answer to a {@code GET}).
	 */
	private <T> ResponseEntity<T> cached(Answer<T> answer) {
		Offers.Snapshot snapshot = this.offers.snapshot();
		Locale locale = Languages.supported(LocaleContextHolder.getLocale());
		String etag = "\"offers-" + snapshot.version() + "-" + Languages.tag(locale) + "\"";
		T body = answer.apply(snapshot, locale);
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(this.cacheControl)
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	@FunctionalInterface
	private interface Answer<T> {

		T apply(Offers.Snapshot snapshot, Locale locale);

	}

	/**
	 * A business scope as sellers see it (API.md, "Settlement application and catalogue
	 * of offers").
	 *
	 * @param code the scope's code
	 * @param name its name in the caller's language
	 * @param annualFee the annual technical service fee of the basic plan
	 * @param annualFees the annual fee of each plan
	 * @param deposit the deposit
	 * @param categories its active categories, in display order
	 * @param storeTypes the store types it offers
	 */
	record ScopeView(String code, String name, Money annualFee, Map<SalesPlan, Money> annualFees, Money deposit,
			List<CategoryView> categories, List<StoreType> storeTypes) {

		static ScopeView of(BusinessScope scope, Locale locale) {
			Map<SalesPlan, Money> fees = new EnumMap<>(SalesPlan.class);
			fees.putAll(scope.annualFees());
			return new ScopeView(scope.code(), scope.name(locale), scope.annualFee(SalesPlan.BASIC), fees,
					scope.deposit(), scope.categories().stream().map((c) -> CategoryView.of(c, locale)).toList(),
					scope.storeTypes());
		}

	}

	/**
	 * A category as sellers see it.
	 *
	 * @param code the category's code
	 * @param name its name in the caller's language
	 * @param requiresQualification whether a qualification document must be uploaded
	 * @param allowsNoBrand whether unbranded goods may be sold in it (general stores)
	 * @param requiresProductChecklist whether a product checklist must be uploaded
	 */
	record CategoryView(String code, String name, boolean requiresQualification, boolean allowsNoBrand,
			boolean requiresProductChecklist) {

		static CategoryView of(Category category, Locale locale) {
			return new CategoryView(category.code(), category.name(locale), category.requiresQualification(),
					category.allowsNoBrand(), category.requiresProductChecklist());
		}

	}

	/**
	 * A sales plan as sellers see it (R-APP-2).
	 *
	 * @param plan {@code BASIC} or {@code STANDARD}
	 * @param name its name in the caller's language
	 * @param productLimit how many products a store on it may list
	 * @param individualBusinessAllowed whether an individual business may choose it at
	 * application (enterprises choose freely)
	 * @param upgrade what an individual business on the basic plan must reach to upgrade
	 * to it; {@code null} when it may choose it at once
	 */
	record PlanView(SalesPlan plan, String name, int productLimit, boolean individualBusinessAllowed,
			PlanTerms.@Nullable UpgradeConditions upgrade) {

		static PlanView of(PlanTerms plan, Locale locale) {
			return new PlanView(plan.plan(), plan.name(locale), plan.productLimit(), plan.individualBusinessAllowed(),
					plan.upgrade());
		}

	}

}
