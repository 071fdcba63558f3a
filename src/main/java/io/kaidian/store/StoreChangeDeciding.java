package io.kaidian.store;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.review.CaseDecided;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;

/**
 * Applies a reviewer's decision of a store's name or domain change (R-STORE-1, ADR 0032):
 * approved, the new name and domain go live and the old domain redirects for
 * {@code kaidian.store.old-domain-redirect}; rejected, nothing changes and the
 * reservation is released. A decision already applied is ignored.
 */
@Component
class StoreChangeDeciding {

	private static final Logger log = LoggerFactory.getLogger(StoreChangeDeciding.class);

	private final Stores stores;

	private final StoreChanges changes;

	private final StoreClaims claims;

	private final StoreProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StoreChangeDeciding(Stores stores, StoreChanges changes, StoreClaims claims, StoreProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.stores = stores;
		this.changes = changes;
		this.claims = claims;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.queue() != Queue.STORE_CHANGE) {
			return;
		}
		@Nullable Store store = this.stores.lockedOf(decided.sellerId()).orElse(null);
		@Nullable StoreChange change = this.changes.lockedByReviewCase(decided.caseId())
			.filter(StoreChange::pending)
			.orElse(null);
		if (store == null || change == null) {
			return; // already applied
		}
		Instant now = this.clock.instant();
		if (decided.outcome() == Outcome.REJECTED) {
			this.changes.decided(change.rejected(decided.reasons(), now));
			log.info("R-STORE-1: the change of store {} to {} / {} was rejected", store.id(), change.name(),
					change.domain());
			this.events.publishEvent(new StoreChangeRejected(store.sellerId(), store.id(), change.name(),
					change.domain(), decided.reasons()));
			return;
		}
		approve(store, change, now);
	}

	private void approve(Store store, StoreChange change, Instant now) {
		this.claims.hold(change.nameKey(), change.domain());
		Store renamed = store.renamed(change.name(), change.domain());
		this.stores.update(renamed, change.nameKey(), store.version(), now);
		@Nullable Instant redirectUntil = null;
		if (!store.domain().equals(change.domain())) {
			redirectUntil = now.plus(this.properties.oldDomainRedirect());
			this.stores.unredirect(change.domain());
			this.stores.redirect(store.domain(), store.id(), redirectUntil);
		}
		this.changes.decided(change.approved(now));
		log.info("R-STORE-1: store {} is now {} / {}", store.id(), change.name(), change.domain());
		this.events.publishEvent(new StoreChangeApproved(store.sellerId(), store.id(), change.name(), change.domain(),
				store.domain(), redirectUntil));
	}

}
