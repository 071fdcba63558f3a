package io.kaidian.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.platform.events.CompletedPublicationsPurge;
import io.kaidian.support.FlakyListenerConfiguration;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completed event publications are removed after {@code completed-kept-for} (30 days),
 * with the listener errors recorded for them; a publication whose listener has not
 * completed is never removed, however old: nothing is lost.
 */
class CompletedPublicationsPurgeTests extends IntegrationTest {

	@Autowired
	private CompletedPublicationsPurge purge;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void completedPublicationsGoAfterThirtyDaysIncompleteOnesNever() {
		Instant now = this.clock.instant();
		UUID oldCompleted = publication(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(31)));
		UUID recentCompleted = publication(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(29)));
		UUID oldIncomplete = publication(now.minus(Duration.ofDays(400)), null);
		failure(oldCompleted);
		failure(oldIncomplete);

		assertThat(this.purge.purge()).isGreaterThanOrEqualTo(1);

		assertThat(exists("event_publication", "id", oldCompleted)).isFalse();
		assertThat(exists("event_publication_failure", "publication_id", oldCompleted)).isFalse();
		assertThat(exists("event_publication", "id", recentCompleted)).isTrue();
		assertThat(exists("event_publication", "id", oldIncomplete)).isTrue();
		assertThat(exists("event_publication_failure", "publication_id", oldIncomplete)).isTrue();

		// a month later the recent one has had its time too
		this.clock.add(Duration.ofDays(2));
		this.purge.purge();
		assertThat(exists("event_publication", "id", recentCompleted)).isFalse();
		assertThat(exists("event_publication", "id", oldIncomplete)).isTrue();
		this.jdbc.sql("DELETE FROM event_publication_failure WHERE publication_id = :id")
			.param("id", oldIncomplete)
			.update();
		this.jdbc.sql("DELETE FROM event_publication WHERE id = :id").param("id", oldIncomplete).update();
	}

	private UUID publication(Instant published, Instant completed) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, "
					+ "completion_date, status, completion_attempts) VALUES (:id, 'purge-test.listener', "
					+ ":type, :event, :published, :completed, :status, 99)")
			.param("id", id)
			// a real event type, so the retry task can read the row; tried too often to
			// be
			// handed out again
			.param("type", FlakyListenerConfiguration.FlakyEvent.class.getName())
			.param("event", "{\"id\":\"purge-test-" + id + "\"}")
			.param("published", published.atOffset(ZoneOffset.UTC))
			.param("completed", completed != null ? completed.atOffset(ZoneOffset.UTC) : null,
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("status", completed != null ? "COMPLETED" : "FAILED")
			.update();
		return id;
	}

	private void failure(UUID publication) {
		this.jdbc
			.sql("INSERT INTO event_publication_failure (publication_id, listener_id, error, failed_at, failures) "
					+ "VALUES (:id, 'purge-test.listener', 'boom', :at, 1)")
			.param("id", publication)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private boolean exists(String table, String column, UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

}
