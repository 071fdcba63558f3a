package io.kaidian.catalog.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.catalog.CatalogLookup;
import io.kaidian.catalog.Product;
import io.kaidian.catalog.ProductEditing;
import io.kaidian.catalog.ProductForm;
import io.kaidian.catalog.ProductPublishing;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;

/**
 * The seller's products (API.md "Store, payout account, products"; docs/guide/store.md).
 */
@RestController
@Tag(name = "Products", description = "R-OPEN: products within the approved categories, brands and plan limit")
class ProductsApi {

	private final ProductEditing editing;

	private final ProductPublishing publishing;

	private final CatalogLookup catalog;

	ProductsApi(ProductEditing editing, ProductPublishing publishing, CatalogLookup catalog) {
		this.editing = editing;
		this.publishing = publishing;
		this.catalog = catalog;
	}

	@PostMapping("/api/v1/me/products")
	@Operation(summary = "Create a product, as a draft",
			description = "422 CATEGORY_NOT_APPROVED, BRAND_NOT_APPROVED, PRICE_INVALID, PROHIBITED_TERM…; "
					+ "409 PRODUCT_LIMIT_REACHED at the plan's limit")
	ResponseEntity<ProductJson> create(@RequestBody @Nullable ProductRequest request,
			@AuthenticationPrincipal KaidianUser seller) {
		Product product = this.editing.create(seller.accountId(), form(request));
		return ResponseEntity.created(URI.create("/api/v1/me/products/" + product.id())).body(ProductJson.of(product));
	}

	@GetMapping("/api/v1/me/products")
	@Operation(summary = "The seller's products, not deleted")
	List<ProductJson> list(@AuthenticationPrincipal KaidianUser seller) {
		return this.catalog.mine(seller.accountId()).stream().map(ProductJson::of).toList();
	}

	@GetMapping("/api/v1/me/products/{productId}")
	@Operation(summary = "One of the seller's products")
	ProductJson one(@PathVariable UUID productId, @AuthenticationPrincipal KaidianUser seller) {
		return ProductJson.of(this.catalog.mine(seller.accountId(), productId));
	}

	@PutMapping("/api/v1/me/products/{productId}")
	@Operation(summary = "Edit a product")
	ProductJson edit(@PathVariable UUID productId, @RequestBody @Nullable ProductRequest request,
			@AuthenticationPrincipal KaidianUser seller) {
		return ProductJson.of(this.editing.edit(seller.accountId(), productId, form(request)));
	}

	@DeleteMapping("/api/v1/me/products/{productId}")
	@Operation(summary = "Delete a product", description = "It no longer counts towards the plan's limit")
	ResponseEntity<Void> delete(@PathVariable UUID productId, @AuthenticationPrincipal KaidianUser seller) {
		this.editing.delete(seller.accountId(), productId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/me/products/{productId}/publish")
	@Operation(summary = "Publish a product",
			description = "409 PUBLISH_NEEDS_IDENTITY, PUBLISH_NEEDS_STORE_PROFILE, PUBLISH_NEEDS_COLLECTION_ACCOUNT "
					+ "name the missing step; the tenth opens the store")
	ProductJson publish(@PathVariable UUID productId, @AuthenticationPrincipal KaidianUser seller) {
		return ProductJson.of(this.publishing.publish(seller.accountId(), productId));
	}

	@PostMapping("/api/v1/me/products/{productId}/unpublish")
	@Operation(summary = "Take a product off sale", description = "An open store stays open")
	ProductJson unpublish(@PathVariable UUID productId, @AuthenticationPrincipal KaidianUser seller) {
		return ProductJson.of(this.publishing.unpublish(seller.accountId(), productId));
	}

	private static ProductForm form(@Nullable ProductRequest request) {
		if (request == null) {
			return new ProductForm(null, null, null, null, null);
		}
		return new ProductForm(request.title(), request.categoryCode(), request.brand(), price(request.price()),
				request.stock());
	}

	/**
	 * A price as money ({@code {"amount": "199.00", "currency": "CNY"}}) or a bare
	 * amount; another currency is refused.
	 */
	static @Nullable BigDecimal price(@Nullable JsonNode price) {
		if (price == null || price.isNull() || price.isMissingNode()) {
			return null;
		}
		JsonNode amount = price;
		if (price.isObject()) {
			JsonNode currency = price.get("currency");
			if (currency != null && !currency.isNull() && !"CNY".equals(currency.asString())) {
				throw RuleViolationException.of("price", "CURRENCY_NOT_CNY");
			}
			amount = price.get("amount");
			if (amount == null || amount.isNull()) {
				return null;
			}
		}
		try {
			return amount.isNumber() ? amount.decimalValue() : new BigDecimal(amount.asString().strip());
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.of("price", "PRICE_INVALID");
		}
	}

	/**
	 * The body of a product request.
	 *
	 * @param title its title
	 * @param categoryCode its category
	 * @param brand its brand, or none
	 * @param price its price
	 * @param stock units in stock
	 */
	record ProductRequest(@Nullable String title, @Nullable String categoryCode, @Nullable String brand,
			@Nullable JsonNode price, @Nullable Integer stock) {
	}

	/**
	 * A product as the seller sees it.
	 *
	 * @param productId the product
	 * @param title its title
	 * @param categoryCode its category
	 * @param brand its brand
	 * @param price its price
	 * @param stock units in stock
	 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code UNPUBLISHED}
	 */
	record ProductJson(UUID productId, String title, String categoryCode, @Nullable String brand, Money price,
			int stock, String status) {

		static ProductJson of(Product product) {
			return new ProductJson(product.id(), product.title(), product.categoryCode(), product.brand(),
					product.price(), product.stock(), product.status().name());
		}

	}

}
