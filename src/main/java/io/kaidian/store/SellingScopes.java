package io.kaidian.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.settlement.ApplicationStatus;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.BrandView;
import io.kaidian.settlement.Category;
import io.kaidian.settlement.ItemStatus;
import io.kaidian.settlement.Offers;

/**
 * Reads a seller's {@link SellingScope} from settlement's public services at the time of
 * asking, so a withdrawn category or brand stops counting at once.
 */
@Component
class SellingScopes {

	private final ApplicationLookup applications;

	private final Offers offers;

	SellingScopes(ApplicationLookup applications, Offers offers) {
		this.applications = applications;
		this.offers = offers;
	}

	/** The scope of an approved application; empty before approval. */
	Optional<SellingScope> of(UUID sellerId) {
		return this.applications.current(sellerId)
			.filter((a) -> a.status() == ApplicationStatus.APPROVED && a.storeType() != null && a.salesPlan() != null)
			.map(this::scope);
	}

	private SellingScope scope(ApplicationView application) {
		Set<String> categories = new HashSet<>();
		Set<String> unbranded = new HashSet<>();
		for (String code : application.categories()) {
			if (approved(application, "category:" + code)) {
				categories.add(code);
				Optional<Category> category = Optional.ofNullable(application.businessScope())
					.flatMap(this.offers::scope)
					.flatMap((scope) -> scope.category(code));
				if (category.map(Category::allowsNoBrand).orElse(false)) {
					unbranded.add(code);
				}
			}
		}
		List<String> brands = application.brands()
			.stream()
			.filter((b) -> b.name() != null && approved(application, "brand:" + b.index()))
			.map(BrandView::name)
			.toList();
		return new SellingScope(application.storeType(), application.salesPlan(),
				this.offers.plan(application.salesPlan()).productLimit(), categories, unbranded, brands,
				application.noBrand());
	}

	private static boolean approved(ApplicationView application, String ref) {
		return application.item(ref).map((item) -> item.status() == ItemStatus.APPROVED).orElse(false);
	}

}
