package io.kaidian.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a store at its tenth published product (R-OPEN-1,
 * {@code kaidian.store.opening-threshold}). Catalog reports every change of the published
 * count inside its own transaction; the store row is locked while the count is applied,
 * so among concurrent publishes exactly one sees the threshold reached and opens the
 * store, publishing {@link StoreOpened} once. A store that falls below the threshold
 * later stays open (operators see it, {@link StoreLookup#openBelowThreshold()}).
 */
@Service
public class StoreOpening {

	private static final Logger log = LoggerFactory.getLogger(StoreOpening.class);

	private final Stores stores;

	private final PayoutAccounts payouts;

	private final StoreProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StoreOpening(Stores stores, PayoutAccounts payouts, StoreProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.stores = stores;
		this.payouts = payouts;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records how many of the seller's products are published now and opens the store
	 * when the count reaches the threshold with every earlier gate done. Must run inside
	 * the transaction that changed the count.
	 * @return whether this call opened the store
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean published(UUID sellerId, int publishedProducts) {
		Store store = this.stores.lockedOf(sellerId).orElse(null);
		if (store == null) {
			return false;
		}
		this.stores.published(store.id(), publishedProducts);
		if (store.status() != StoreStatus.SETUP || publishedProducts < this.properties.openingThreshold()
				|| !this.payouts.isSet(sellerId)) {
			return false;
		}
		Instant now = this.clock.instant();
		Store opened = store.open(now);
		this.stores.update(opened, StoreNames.fold(opened.name()), store.version(), now);
		log.info("Store {} of seller {} opened at {} published products (R-OPEN-1)", store.id(), store.memberId(),
				publishedProducts);
		this.events
			.publishEvent(new StoreOpened(sellerId, store.id(), store.memberId(), store.name(), store.domain(), now));
		return true;
	}

}
