package io.kaidian.store.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.store.Store;
import io.kaidian.store.StoreLookup;

/** The public face of open stores, and the operators' list of thin ones (R-OPEN-1). */
@RestController
@Tag(name = "Storefront", description = "R-OPEN: open stores, public")
class StorefrontApi {

	private final StoreLookup stores;

	StorefrontApi(StoreLookup stores) {
		this.stores = stores;
	}

	@GetMapping("/api/v1/stores/{domain}")
	@Operation(summary = "An open store, public",
			description = "404 for a store in SETUP or unknown; an old domain redirects (301) while it lasts")
	ResponseEntity<StorefrontJson> store(@PathVariable String domain) {
		StoreLookup.Storefront front = this.stores.storefront(domain);
		if (front.movedTo() != null) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/v1/stores/" + front.movedTo()))
				.build();
		}
		Store store = front.store();
		return ResponseEntity.ok(new StorefrontJson(store.name(), store.domain(), store.status().name(),
				front.rating().level(), front.rating().serviceLevel(), store.official(), store.brandOfficialUrl(),
				store.brandStory(), store.publishedProducts()));
	}

	@GetMapping("/api/v1/admin/stores/below-threshold")
	@Operation(summary = "Open stores with fewer published products than the opening needed",
			description = "Role OPERATOR; they stay open")
	List<StoreApi.BelowJson> belowThreshold() {
		return StoreApi.BelowJson.of(this.stores.openBelowThreshold());
	}

	/**
	 * An open store as the public sees it (API.md).
	 *
	 * @param name its name
	 * @param domain its domain
	 * @param status {@code OPEN}
	 * @param level its level, {@code NOT_RATED} until graded
	 * @param serviceLevel its service level, {@code NOT_RATED} until graded
	 * @param official whether it is an official store
	 * @param brandOfficialUrl the brand's site, for an official store
	 * @param brandStory the brand's story, for an official store
	 * @param publishedProducts its products on sale
	 */
	record StorefrontJson(String name, String domain, String status, String level, String serviceLevel,
			boolean official, @Nullable String brandOfficialUrl, @Nullable String brandStory, int publishedProducts) {
	}

}
