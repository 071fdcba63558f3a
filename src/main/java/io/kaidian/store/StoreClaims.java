package io.kaidian.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.Violation;

/**
 * Who holds a store name and a domain (R-STORE-1, ADR 0032): a store, an old domain while
 * it redirects, or a pending change reserving them. Claims of one name key or domain are
 * taken one after another (transaction-scoped advisory locks), so a store saved and a
 * change asked for at the same moment cannot both get it.
 */
@Component
class StoreClaims {

	private final JdbcClient jdbc;

	private final Stores stores;

	private final StoreChanges changes;

	StoreClaims(JdbcClient jdbc, Stores stores, StoreChanges changes) {
		this.jdbc = jdbc;
		this.stores = stores;
		this.changes = changes;
	}

	/**
	 * Holds the name key and the domain for the store until the transaction ends;
	 * {@code 409 STORE_NAME_TAKEN} or {@code DOMAIN_TAKEN} when another store has or
	 * reserved them.
	 */
	void claim(String nameKey, String domain, UUID storeId, Instant now) {
		hold(nameKey, domain);
		if (this.stores.nameTaken(nameKey, storeId) || this.changes.nameReserved(nameKey, storeId)) {
			throw new ConflictException("STORE_NAME_TAKEN", List.of(Violation.of("name", "STORE_NAME_TAKEN")));
		}
		if (this.stores.domainHeld(domain, storeId, now) || this.changes.domainReserved(domain, storeId)) {
			throw new ConflictException("DOMAIN_TAKEN", List.of(Violation.of("domain", "DOMAIN_TAKEN")));
		}
	}

	/**
	 * Holds the name key and the domain until the transaction ends, without checking: for
	 * applying a change that already reserved them.
	 */
	void hold(String nameKey, String domain) {
		lock("store-name:" + nameKey);
		lock("store-domain:" + domain);
	}

	private void lock(String key) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", key)
			.query((rs, row) -> 1)
			.single();
	}

}
