package io.kaidian.platform.events;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Modulith's registry keeps a completed publication for good; every event of every module
 * would stay in {@code event_publication} forever. This removes those completed longer
 * ago than {@code completed-kept-for}, with the listener errors recorded for them, a
 * batch at a time. Incomplete publications are never touched: they are what "nothing is
 * lost" rests on.
 */
@Component
public class CompletedPublicationsPurge {

	static final String TASK = "purge-completed-event-publications";

	private static final Logger log = LoggerFactory.getLogger(CompletedPublicationsPurge.class);

	private static final String PURGE = "WITH gone AS (DELETE FROM event_publication WHERE id IN (SELECT id FROM "
			+ "event_publication WHERE completion_date IS NOT NULL AND completion_date <= :cutoff LIMIT :batch) "
			+ "RETURNING id), failures AS (DELETE FROM event_publication_failure WHERE publication_id IN "
			+ "(SELECT id FROM gone)) SELECT count(*) FROM gone";

	private final JdbcClient jdbc;

	private final EventHousekeepingProperties properties;

	private final Clock clock;

	CompletedPublicationsPurge(JdbcClient jdbc, EventHousekeepingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Removes the completed publications past their time; how many went. */
	public int purge() {
		var cutoff = this.clock.instant().minus(this.properties.completedKeptFor()).atOffset(java.time.ZoneOffset.UTC);
		int total = 0;
		int removed;
		do {
			removed = this.jdbc.sql(PURGE)
				.param("cutoff", cutoff)
				.param("batch", this.properties.batchSize())
				.query(Integer.class)
				.single();
			total += removed;
		}
		while (removed == this.properties.batchSize());
		if (total > 0) {
			log.info("Removed {} event publications completed before {}", total, cutoff);
		}
		return total;
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> purgeCompletedEventPublications(CompletedPublicationsPurge purge,
				EventHousekeepingProperties properties) {
			return Tasks.recurring(TASK, FixedDelay.of(properties.every()))
				.execute((instance, context) -> purge.purge());
		}

	}

}
