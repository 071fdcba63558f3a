package io.kaidian.store;

import org.jspecify.annotations.Nullable;

/**
 * What a seller enters for its store ({@code PUT /api/v1/me/store}, R-STORE-1).
 *
 * @param name the store's display name
 * @param domain its sub-domain
 * @param brandOfficialUrl an official store's brand site ({@code https})
 * @param brandStory an official store's brand story
 */
public record StoreProfileForm(@Nullable String name, @Nullable String domain, @Nullable String brandOfficialUrl,
		@Nullable String brandStory) {
}
