package io.kaidian.platform.limits;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes refilled buckets now and then, so the table holds only clients seen lately. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	static final String PURGE_TASK = "remove-refilled-limit-buckets";

	@Bean
	RecurringTask<Void> removeRefilledLimitBuckets(RateLimits limits, LimitsProperties properties) {
		return Tasks.recurring(PURGE_TASK, FixedDelay.of(properties.purgeEvery()))
			.execute((instance, context) -> limits.removeExpired());
	}

	/**
	 * {@code kaidian.limits.*}.
	 *
	 * @param purgeEvery how often refilled buckets are deleted
	 */
	@ConfigurationProperties("kaidian.limits")
	record LimitsProperties(Duration purgeEvery) {
	}

}
