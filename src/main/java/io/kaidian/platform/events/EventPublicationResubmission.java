package io.kaidian.platform.events;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Nothing is lost when a listener fails: Modulith's JDBC registry keeps every publication
 * until its listener completes, and this task, run once across all instances by
 * db-scheduler, hands incomplete ones to their listeners again, until one has been tried
 * {@code kaidian.events.retry.max-attempts} times. Then it is left for an operator
 * ({@link EventPublications}, docs/guide/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

	static final String TASK = "resubmit-incomplete-event-publications";

	@Bean
	RecurringTask<Void> resubmitIncompleteEventPublications(IncompleteEventPublications publications,
			EventRetryProperties properties, Clock clock) {
		return Tasks.recurring(TASK, FixedDelay.of(properties.every()))
			.execute((instance, context) -> publications
				.resubmitIncompletePublications((publication) -> due(publication, properties, clock.instant())));
	}

	/**
	 * Whether the task hands this publication out again: tried fewer times than allowed,
	 * and not handed out within {@code older-than}, so one still being processed is left
	 * alone.
	 */
	static boolean due(EventPublication publication, EventRetryProperties properties, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return publication.getCompletionAttempts() < properties.maxAttempts()
				&& !last.isAfter(now.minus(properties.olderThan()));
	}

}
