package io.kaidian.store;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

import io.kaidian.review.Reason;

/**
 * A reviewer rejected an open store's new name or domain (R-STORE-1): nothing changed and
 * the reservation is released.
 *
 * @param sellerId the seller
 * @param storeId the store
 * @param name the name asked for
 * @param domain the domain asked for
 * @param reasons the reviewer's coded reasons
 */
@NamedInterface("events")
public record StoreChangeRejected(UUID sellerId, UUID storeId, String name, String domain, List<Reason> reasons) {

	public StoreChangeRejected {
		reasons = List.copyOf(reasons);
	}

}
