package io.kaidian.billing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The billing's db-scheduler tasks, each run once across instances: the purge of raw
 * gateway notifications past their retention, and the reconciliation of payments and
 * refunds the gateways have not answered (ADR 0024).
 */
@Configuration(proxyBeanMethods = false)
class BillingJobs {

	static final String PURGE_TASK = "billing-notification-purge";

	static final String RECONCILIATION_TASK = "billing-reconciliation";

	@Bean
	RecurringTask<Void> billingNotificationPurge(PaymentNotifications notifications, BillingProperties properties) {
		return Tasks.recurring(PURGE_TASK, FixedDelay.of(properties.notificationPurgeEvery()))
			.execute((instance, context) -> notifications.purgeExpired());
	}

	@Bean
	RecurringTask<Void> billingReconciliation(Reconciliation reconciliation, BillingProperties properties) {
		return Tasks.recurring(RECONCILIATION_TASK, FixedDelay.of(properties.reconciliation().every()))
			.execute((instance, context) -> reconciliation.run());
	}

}
