package io.kaidian.store;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.ConflictException;

/**
 * A seller's store (R-STORE-1, R-OPEN-1): its profile, its status and how many of its
 * products catalog last reported published.
 *
 * @param id the store
 * @param sellerId its seller
 * @param memberId the seller's member ID
 * @param name its display name
 * @param domain its sub-domain
 * @param official whether it is an official store (R-APP-3)
 * @param brandOfficialUrl an official store's brand site
 * @param brandStory an official store's brand story
 * @param logoDocumentId its logo, if uploaded
 * @param bannerDocumentId its banner, if uploaded
 * @param status where it stands
 * @param publishedProducts published products, as last reported
 * @param openedAt when it opened
 * @param version moves with every change
 */
public record Store(UUID id, UUID sellerId, String memberId, String name, String domain, boolean official,
		@Nullable String brandOfficialUrl, @Nullable String brandStory, @Nullable UUID logoDocumentId,
		@Nullable UUID bannerDocumentId, StoreStatus status, int publishedProducts, @Nullable Instant openedAt,
		long version) {

	/** Whether the public may see it: only once it opened. */
	public boolean isPublic() {
		return this.status == StoreStatus.OPEN;
	}

	/** Whether its profile changes go to the review desk: once it opened. */
	boolean opened() {
		return this.openedAt != null;
	}

	/** Whether this name or domain differs from the live ones. */
	boolean renamedBy(String newName, String newDomain) {
		return !this.name.equals(newName) || !this.domain.equals(newDomain);
	}

	/**
	 * The store under this name and domain, with an official store's brand site and story
	 * (null for others).
	 */
	Store edited(String newName, String newDomain, @Nullable String url, @Nullable String story) {
		return new Store(this.id, this.sellerId, this.memberId, newName, newDomain, this.official, url, story,
				this.logoDocumentId, this.bannerDocumentId, this.status, this.publishedProducts, this.openedAt,
				this.version + 1);
	}

	/** The store under another name and domain (an approved change, R-STORE-1). */
	Store renamed(String newName, String newDomain) {
		return edited(newName, newDomain, this.brandOfficialUrl, this.brandStory);
	}

	/** Opens the store (R-OPEN-1); only a store being set up opens. */
	Store open(Instant now) {
		if (this.status != StoreStatus.SETUP) {
			throw new ConflictException("STORE_NOT_IN_SETUP");
		}
		return new Store(this.id, this.sellerId, this.memberId, this.name, this.domain, this.official,
				this.brandOfficialUrl, this.brandStory, this.logoDocumentId, this.bannerDocumentId, StoreStatus.OPEN,
				this.publishedProducts, now, this.version + 1);
	}

}
