package io.kaidian.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.review.Reason;

/**
 * A name or domain change an open store asked for (R-STORE-1): pending on the review desk
 * with the new name and domain reserved, then approved or rejected. See
 * docs/guide/store.md and ADR 0032.
 *
 * @param id the change
 * @param storeId the store
 * @param reviewCaseId its case on the review desk
 * @param name the name asked for
 * @param nameKey that name folded ({@link StoreNames#fold}), the reserved key
 * @param domain the domain asked for
 * @param previousName the store's name when it asked
 * @param previousDomain the store's domain when it asked
 * @param status where it stands
 * @param requestedAt when it was asked
 * @param dueBy when a decision is expected
 * @param decidedAt when it was decided
 * @param reasons why it was rejected
 */
public record StoreChange(UUID id, UUID storeId, UUID reviewCaseId, String name, String nameKey, String domain,
		String previousName, String previousDomain, StoreChangeStatus status, Instant requestedAt,
		@Nullable Instant dueBy, @Nullable Instant decidedAt, List<Reason> reasons) {

	public StoreChange {
		reasons = List.copyOf(reasons);
	}

	/** Whether the domain changes with it. */
	public boolean domainChanges() {
		return !this.domain.equals(this.previousDomain);
	}

	/** Whether it asks for exactly this name and domain. */
	boolean asks(String name, String domain) {
		return this.name.equals(name) && this.domain.equals(domain);
	}

	boolean pending() {
		return this.status == StoreChangeStatus.PENDING;
	}

	StoreChange approved(Instant now) {
		return decided(StoreChangeStatus.APPROVED, List.of(), now);
	}

	StoreChange rejected(List<Reason> why, Instant now) {
		return decided(StoreChangeStatus.REJECTED, why, now);
	}

	private StoreChange decided(StoreChangeStatus outcome, List<Reason> why, Instant now) {
		if (!pending()) {
			throw new ConflictException("STORE_CHANGE_DECIDED");
		}
		return new StoreChange(this.id, this.storeId, this.reviewCaseId, this.name, this.nameKey, this.domain,
				this.previousName, this.previousDomain, outcome, this.requestedAt, this.dueBy, now, why);
	}

}
