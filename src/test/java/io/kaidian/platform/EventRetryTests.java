package io.kaidian.platform;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.support.FlakyListenerConfiguration;
import io.kaidian.support.FlakyListenerConfiguration.FlakyEvent;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose listener failed is kept in the JDBC publication registry and handed to
 * the listener again by the db-scheduler task, not lost.
 */
class EventRetryTests extends IntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlakyListenerConfiguration.FlakyListener listener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedListenerIsRetriedUntilItCompletes() {
		String id = UUID.randomUUID().toString();

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new FlakyEvent(id)));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.listener.attempts(id) >= 1);
		assertThat(this.listener.completed(id)).isFalse();
		// the registry and the retry task read the service's clock: the failed
		// publication is
		// handed out again once it is older than kaidian.events.retry.older-than (2 s in
		// tests)
		this.clock.add(Duration.ofSeconds(3));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.completed(id));
		assertThat(this.listener.attempts(id)).isGreaterThanOrEqualTo(2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql(
					"SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id AND completion_date IS NULL")
				.param("id", "%" + id + "%")
				.query(Long.class)
				.single() == 0);
	}

}
