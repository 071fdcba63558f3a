package io.kaidian.account;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account module's db-scheduler task, run once across instances. */
@Configuration(proxyBeanMethods = false)
class AccountJobs {

	static final String HOUSEKEEPING_TASK = "account-housekeeping";

	@Bean
	RecurringTask<Void> accountHousekeepingTask(AccountHousekeeping housekeeping,
			AccountHousekeepingProperties properties) {
		return Tasks.recurring(HOUSEKEEPING_TASK, FixedDelay.of(properties.every()))
			.execute((instance, context) -> housekeeping.purge());
	}

}
