package io.kaidian.billing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The purge of raw gateway notifications past their retention, a db-scheduler task run
 * once across instances.
 */
@Configuration(proxyBeanMethods = false)
class BillingJobs {

	static final String PURGE_TASK = "billing-notification-purge";

	@Bean
	RecurringTask<Void> billingNotificationPurge(PaymentNotifications notifications, BillingProperties properties) {
		return Tasks.recurring(PURGE_TASK, FixedDelay.of(properties.notificationPurgeEvery()))
			.execute((instance, context) -> notifications.purgeExpired());
	}

}
