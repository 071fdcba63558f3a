package io.kaidian.review;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Escalates cases past their due time (PRODUCT.md §4.3): a db-scheduler task, run once
 * across all instances every {@code kaidian.review.escalation.every}.
 */
@Configuration(proxyBeanMethods = false)
class Escalation {

	static final String TASK = "escalate-overdue-review-cases";

	@Bean
	RecurringTask<Void> escalateOverdueReviewCases(ReviewDesk reviews, EscalationProperties properties) {
		return Tasks.recurring(TASK, FixedDelay.of(properties.every()))
			.execute((instance, context) -> reviews.escalateOverdue());
	}

	/**
	 * @param every how often overdue cases are looked for
	 */
	@ConfigurationProperties("kaidian.review.escalation")
	record EscalationProperties(Duration every) {
	}

}
