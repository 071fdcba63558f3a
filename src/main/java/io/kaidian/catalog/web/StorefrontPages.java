package io.kaidian.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kaidian.catalog.CatalogLookup;
import io.kaidian.store.StoreLookup;

/**
 * An open store's public page (R-OPEN-1): name, official-store badge and brand story,
 * level and service level, and the products on sale. Nothing of a store being set up is
 * shown; an old domain redirects while its redirect lasts.
 */
@Controller
class StorefrontPages {

	private final StoreLookup stores;

	private final CatalogLookup catalog;

	StorefrontPages(StoreLookup stores, CatalogLookup catalog) {
		this.stores = stores;
		this.catalog = catalog;
	}

	@GetMapping("/stores/{domain}")
	String storefront(@PathVariable String domain, Model model) {
		StoreLookup.Storefront front = this.stores.storefront(domain);
		if (front.movedTo() != null) {
			return "redirect:/stores/" + front.movedTo();
		}
		model.addAttribute("store", front.store());
		model.addAttribute("rating", front.rating());
		model.addAttribute("products", this.catalog.published(front.store().sellerId()));
		model.addAttribute("firstImages", this.catalog.firstImages(front.store().sellerId()));
		return "catalog/storefront";
	}

}
