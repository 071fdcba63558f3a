package io.kaidian.grading;

import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.store.StoreOpened;

/**
 * Records when each merchant's store opened ({@code grading_store_opening}, keyed by
 * merchant like the facts): a merchant's grace period starts there (R-GRADE-6). The first
 * opening is kept. A merchant the marketplace grades that never opened through Kaidian
 * has no row, and its first order stands in (docs/adr/0033-grading-mailing-and-grace.md).
 */
@Component
class StoreOpenings {

	private final JdbcClient jdbc;

	StoreOpenings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(StoreOpened opened) {
		this.jdbc
			.sql("INSERT INTO grading_store_opening (merchant_id, opened_at) VALUES (:merchant, :at) "
					+ "ON CONFLICT (merchant_id) DO NOTHING")
			.param("merchant", opened.sellerId())
			.param("at", opened.openedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

}
