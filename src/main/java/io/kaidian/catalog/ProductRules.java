package io.kaidian.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.Violation;
import io.kaidian.screening.Hit;
import io.kaidian.screening.ScreeningContext;
import io.kaidian.screening.ScreeningResult;
import io.kaidian.screening.Screening;
import io.kaidian.screening.TermList;
import io.kaidian.store.SellingScope;

/**
 * The checks of a product (R-OPEN-1): the title screened (R-REG-5; a protected brand only
 * when approved), the category and brand among the approved (or no brand where the
 * category allows it), the price in CNY above zero with at most two decimals, and a stock
 * of zero or more.
 */
@Component
class ProductRules {

	private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

	private final Screening screening;

	private final CatalogProperties properties;

	ProductRules(Screening screening, CatalogProperties properties) {
		this.screening = screening;
		this.properties = properties;
	}

	List<Violation> check(ProductForm form, SellingScope scope) {
		List<Violation> violations = new ArrayList<>();
		title(form.title(), scope, violations);
		String category = form.categoryCode();
		if (category == null || category.isBlank()) {
			violations.add(Violation.of("categoryCode", "REQUIRED"));
		}
		else if (!scope.categories().contains(category)) {
			violations.add(Violation.of("categoryCode", "CATEGORY_NOT_APPROVED", category));
		}
		else if (blank(form.brand()) && !scope.unbrandedAllowed(category)) {
			violations.add(Violation.of("brand", "PRODUCT_BRAND_REQUIRED"));
		}
		if (!blank(form.brand()) && scope.brand(form.brand()).isEmpty()) {
			violations.add(Violation.of("brand", "BRAND_NOT_APPROVED", form.brand()));
		}
		BigDecimal price = form.price();
		if (price == null) {
			violations.add(Violation.of("price", "REQUIRED"));
		}
		else if (price.signum() <= 0 || price.stripTrailingZeros().scale() > 2 || price.compareTo(MAX_PRICE) > 0) {
			violations.add(Violation.of("price", "PRICE_INVALID"));
		}
		if (form.stock() == null) {
			violations.add(Violation.of("stock", "REQUIRED"));
		}
		else if (form.stock() < 0) {
			violations.add(Violation.of("stock", "STOCK_INVALID"));
		}
		return violations;
	}

	private void title(@Nullable String title, SellingScope scope, List<Violation> violations) {
		if (blank(title)) {
			violations.add(Violation.of("title", "REQUIRED"));
			return;
		}
		if (title.strip().codePointCount(0, title.strip().length()) > this.properties.titleMax()) {
			violations.add(Violation.of("title", "TITLE_TOO_LONG", this.properties.titleMax()));
			return;
		}
		List<Hit> refused = this.screening.check(title, ScreeningContext.PRODUCT_TITLE)
			.hits()
			.stream()
			.filter((hit) -> hit.list() == TermList.PROHIBITED || scope.brand(hit.term()).isEmpty())
			.toList();
		violations.addAll(new ScreeningResult(refused).violations("title"));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
