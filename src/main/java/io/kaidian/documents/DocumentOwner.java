package io.kaidian.documents;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Whose document it is, as the calling module describes it; this module only stores it.
 *
 * @param kind what kind of thing owns it, in the caller's words, e.g.
 * {@code IDENTITY_CASE} (upper case letters, digits and underscores, at most 64)
 * @param id the owning thing's id
 * @param sellerAccountId the seller account the document belongs to
 */
public record DocumentOwner(String kind, UUID id, UUID sellerAccountId) {

	private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	public DocumentOwner {
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("Owner kind must be UPPER_SNAKE_CASE, at most 64: " + kind);
		}
	}

}
