package io.kaidian.grading;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The grading tasks, stored by db-scheduler and run once across instances: the monthly
 * check that starts a month's run once it is over, the run itself, and the mailing of a
 * first publication's level changes, each revived on another instance if the one
 * executing it dies.
 */
@Configuration(proxyBeanMethods = false)
class GradingJobs {

	static final String MONTHLY_TASK = "grading-monthly";

	/** The run of one month; its instance id is the run's id. */
	static final String RUN_TASK = "grading-run";

	/**
	 * The mailing of a first publication's level changes; its instance id is the run's
	 * id.
	 */
	static final String MAIL_TASK = "grading-mail";

	@Bean
	OneTimeTask<Void> gradingRun(GradingRunner runner) {
		return Tasks.oneTime(RUN_TASK)
			.onDeadExecutionRevive()
			.execute((instance, context) -> runner.execute(UUID.fromString(instance.getId())));
	}

	@Bean
	OneTimeTask<Void> gradingMail(LevelChangeMailing mailing) {
		return Tasks.oneTime(MAIL_TASK)
			.onDeadExecutionRevive()
			.onFailureRetryLater()
			.execute((instance, context) -> mailing.mail(UUID.fromString(instance.getId())));
	}

	@Bean
	RecurringTask<Void> gradingMonthly(GradingRuns runs, GradingProperties properties) {
		return Tasks.recurring(MONTHLY_TASK, FixedDelay.of(properties.checkEvery())).execute((instance, context) -> {
			if (properties.automatic()) {
				runs.startDue();
			}
		});
	}

}
