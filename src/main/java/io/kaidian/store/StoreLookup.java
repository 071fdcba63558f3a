package io.kaidian.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.kaidian.identity.CaseStatus;
import io.kaidian.identity.IdentityVerification;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;

/**
 * Reads stores: the seller's own, the public storefront (nothing of a store in
 * {@code SETUP}), what a seller may sell, whether it may publish (R-STORE-2), and the
 * open stores that fell below the opening threshold (R-OPEN-1).
 */
@Service
public class StoreLookup {

	private final Stores stores;

	private final StoreChanges changes;

	private final PayoutAccounts payouts;

	private final SellingScopes scopes;

	private final IdentityVerification identity;

	private final StoreRatings ratings;

	private final StoreProperties properties;

	private final Clock clock;

	StoreLookup(Stores stores, StoreChanges changes, PayoutAccounts payouts, SellingScopes scopes,
			IdentityVerification identity, StoreRatings ratings, StoreProperties properties, Clock clock) {
		this.stores = stores;
		this.changes = changes;
		this.payouts = payouts;
		this.scopes = scopes;
		this.identity = identity;
		this.ratings = ratings;
		this.properties = properties;
		this.clock = clock;
	}

	public Optional<Store> mine(UUID sellerId) {
		return this.stores.of(sellerId);
	}

	/**
	 * The latest name or domain change the seller's open store asked for (R-STORE-1):
	 * pending, approved or rejected; empty when it never asked.
	 */
	public Optional<StoreChange> latestChange(UUID sellerId) {
		return this.stores.of(sellerId).flatMap((store) -> this.changes.latest(store.id()));
	}

	public Optional<PayoutAccount> payoutAccount(UUID sellerId) {
		return this.payouts.of(sellerId);
	}

	/** What the seller's approved application lets it sell; empty before approval. */
	public Optional<SellingScope> scope(UUID sellerId) {
		return this.scopes.of(sellerId);
	}

	/**
	 * R-STORE-2: products are published only after identity is approved and a payout
	 * account is set (and so a store profile exists); {@code 409} naming the first
	 * missing step.
	 */
	public void requireMayPublish(UUID sellerId) {
		boolean approved = this.identity.current(sellerId).map((c) -> c.status() == CaseStatus.APPROVED).orElse(false);
		if (!approved) {
			throw new ConflictException("PUBLISH_NEEDS_IDENTITY");
		}
		if (this.stores.of(sellerId).isEmpty()) {
			throw new ConflictException("PUBLISH_NEEDS_STORE_PROFILE");
		}
		if (!this.payouts.isSet(sellerId)) {
			throw new ConflictException("PUBLISH_NEEDS_COLLECTION_ACCOUNT");
		}
	}

	/**
	 * The public face of an open store by its domain; an old domain answers with the new
	 * one while its redirect lasts; {@code 404} for a store not open or unknown.
	 */
	public Storefront storefront(String domain) {
		Optional<Store> store = this.stores.byDomain(domain).filter(Store::isPublic);
		if (store.isPresent()) {
			return new Storefront(store.get(), this.ratings.of(store.get().sellerId()), null);
		}
		return this.stores.redirected(domain, this.clock.instant())
			.flatMap(this.stores::byDomain)
			.filter(Store::isPublic)
			.map((moved) -> new Storefront(moved, this.ratings.of(moved.sellerId()), moved.domain()))
			.orElseThrow(() -> new NotFoundException("STORE_NOT_FOUND"));
	}

	/** Open stores with fewer published products than the opening needed. */
	public List<Store> openBelowThreshold() {
		return this.stores.openWithFewerThan(this.properties.openingThreshold());
	}

	public int openingThreshold() {
		return this.properties.openingThreshold();
	}

	/**
	 * An open store as the public sees it.
	 *
	 * @param store the store
	 * @param rating its level and service level
	 * @param movedTo the store's current domain when asked by an old one
	 */
	public record Storefront(Store store, StoreRatings.Rating rating,
			@org.jspecify.annotations.Nullable String movedTo) {
	}

}
