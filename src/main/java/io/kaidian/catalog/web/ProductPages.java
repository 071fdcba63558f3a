package io.kaidian.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.catalog.CatalogLookup;
import io.kaidian.catalog.CatalogProperties;
import io.kaidian.catalog.Product;
import io.kaidian.catalog.ProductEditing;
import io.kaidian.catalog.ProductForm;
import io.kaidian.catalog.ProductPublishing;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.PageErrors;
import io.kaidian.settlement.Offers;
import io.kaidian.store.SellingScope;
import io.kaidian.store.StoreLookup;
import io.kaidian.store.StoreStatus;

/**
 * The seller's products page (docs/guide/store.md): add a product within the approved
 * categories and brands, publish it, take it off sale, delete it; the store opens at the
 * tenth published (R-OPEN-1).
 */
@Controller
class ProductPages {

	private final ProductEditing editing;

	private final ProductPublishing publishing;

	private final CatalogLookup catalog;

	private final StoreLookup stores;

	private final Offers offers;

	private final PageErrors pageErrors;

	private final MessageSource messages;

	private final CatalogProperties properties;

	ProductPages(ProductEditing editing, ProductPublishing publishing, CatalogLookup catalog, StoreLookup stores,
			Offers offers, PageErrors pageErrors, MessageSource messages, CatalogProperties properties) {
		this.properties = properties;
		this.editing = editing;
		this.publishing = publishing;
		this.catalog = catalog;
		this.stores = stores;
		this.offers = offers;
		this.pageErrors = pageErrors;
		this.messages = messages;
	}

	@GetMapping("/seller/products")
	String products(KaidianUser seller, Locale locale, Model model) {
		SellingScope scope = this.stores.scope(seller.accountId()).orElse(null);
		List<Product> products = this.catalog.mine(seller.accountId());
		model.addAttribute("products", products);
		model.addAttribute("images", this.catalog.imagesOfSeller(seller.accountId()));
		model.addAttribute("maxImages", this.properties.maxImages());
		model.addAttribute("published", products.stream().filter((p) -> p.status().name().equals("PUBLISHED")).count());
		model.addAttribute("threshold", this.stores.openingThreshold());
		model.addAttribute("limit", scope != null ? scope.productLimit() : 0);
		model.addAttribute("categories", scope == null ? List.of()
				: scope.categories().stream().sorted().map((c) -> new Choice(c, categoryName(c, locale))).toList());
		model.addAttribute("brands", scope == null ? List.of() : scope.brands());
		model.addAttribute("open",
				this.stores.mine(seller.accountId()).map((s) -> s.status() == StoreStatus.OPEN).orElse(false));
		model.addAttribute("domain", this.stores.mine(seller.accountId()).map((s) -> s.domain()).orElse(null));
		return "catalog/products";
	}

	@PostMapping("/seller/products")
	String create(KaidianUser seller, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(required = false) @Nullable String brand,
			@RequestParam(required = false) @Nullable String price,
			@RequestParam(required = false) @Nullable Integer stock, Locale locale, RedirectAttributes redirect) {
		return act(
				() -> this.editing.create(seller.accountId(),
						new ProductForm(title, categoryCode, brand, amount(price), stock)),
				"products.added", locale, redirect);
	}

	@PostMapping("/seller/products/{productId}/publish")
	String publish(KaidianUser seller, @PathVariable UUID productId, Locale locale, RedirectAttributes redirect) {
		return act(() -> this.publishing.publish(seller.accountId(), productId), null, locale, redirect);
	}

	@PostMapping("/seller/products/{productId}/unpublish")
	String unpublish(KaidianUser seller, @PathVariable UUID productId, Locale locale, RedirectAttributes redirect) {
		return act(() -> this.publishing.unpublish(seller.accountId(), productId), null, locale, redirect);
	}

	@PostMapping("/seller/products/{productId}/delete")
	String delete(KaidianUser seller, @PathVariable UUID productId, Locale locale, RedirectAttributes redirect) {
		return act(() -> {
			this.editing.delete(seller.accountId(), productId);
			return null;
		}, null, locale, redirect);
	}

	private String act(java.util.function.Supplier<@Nullable Object> action, @Nullable String done, Locale locale,
			RedirectAttributes redirect) {
		try {
			action.get();
			if (done != null) {
				redirect.addFlashAttribute("flash", this.messages.getMessage(done, null, locale));
			}
		}
		catch (Refusal ex) {
			this.pageErrors.report(ex, locale, new ProductFields(this.messages, "products")).flash(redirect);
		}
		return "redirect:/seller/products";
	}

	private String categoryName(String code, Locale locale) {
		return this.offers.scopes()
			.stream()
			.flatMap((scope) -> scope.category(code).stream())
			.findFirst()
			.map((category) -> category.name(locale))
			.orElse(code);
	}

	private static @Nullable BigDecimal amount(@Nullable String price) {
		if (price == null || price.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(price.strip());
		}
		catch (NumberFormatException ex) {
			throw io.kaidian.platform.rules.RuleViolationException.of("price", "PRICE_INVALID");
		}
	}

	/**
	 * A category to choose.
	 *
	 * @param code its code
	 * @param name its name in the page's language
	 */
	record Choice(String code, String name) {
	}

}
