package io.kaidian.platform.jobs;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Nothing is lost when a listener fails: Modulith's JDBC registry keeps every publication
 * until its listener completes, and this task, run once across all instances by
 * db-scheduler, hands incomplete ones to their listeners again.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

	static final String TASK = "resubmit-incomplete-event-publications";

	@Bean
	RecurringTask<Void> resubmitIncompleteEventPublications(IncompleteEventPublications publications,
			EventRetryProperties properties) {
		return Tasks.recurring(TASK, FixedDelay.of(properties.every()))
			.execute((instance, context) -> publications
				.resubmitIncompletePublicationsOlderThan(properties.olderThan()));
	}

	/**
	 * @param every how often incomplete publications are looked for
	 * @param olderThan how old a publication must be before it is handed out again, so
	 * one that is still being processed is left alone
	 */
	@ConfigurationProperties("kaidian.events.retry")
	record EventRetryProperties(Duration every, Duration olderThan) {
	}

}
