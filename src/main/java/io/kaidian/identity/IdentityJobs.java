package io.kaidian.identity;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kaidian.review.ReasonCatalogue;

/**
 * The expiry of cases waiting on the Alipay step (R-ID-4), a db-scheduler task run once
 * across instances; and the reasons identity itself gives (R-ID-4, R-ID-6, R-ID-8),
 * registered in the review desk's catalogue so sellers read them like any reviewer's
 * reason. Their texts carry no rule numbers: sellers read them.
 */
@Configuration(proxyBeanMethods = false)
class IdentityJobs {

	static final String EXPIRY_TASK = "expire-waiting-identity-cases";

	@Bean
	RecurringTask<Void> expireWaitingIdentityCases(IdentityExpiry expiry, IdentityProperties properties) {
		return Tasks.recurring(EXPIRY_TASK, FixedDelay.of(properties.expiryCheckEvery()))
			.execute((instance, context) -> expiry.expireWaiting());
	}

	@Bean
	ApplicationRunner identityReasons(ReasonCatalogue catalogue) {
		return (ApplicationArguments args) -> List
			.of(new ReasonCatalogue.Definition("SUBJECT_BANNED", List.of("DATA"),
					"This subject is banned from the marketplace after a serious violation.", "该主体因严重违规已被平台禁止入驻。",
					"Contact the marketplace. Accounts of a banned subject are closed.", "请联系平台。被禁主体的账号将被关闭。", true),
					new ReasonCatalogue.Definition("ONE_ACCOUNT_PER_PERSON", List.of("DATA"),
							"This person's individual business already has a selling account.", "该个体工商户经营者已绑定一个卖家账号。",
							"Use the account already bound to this identity.", "请使用已绑定该身份的账号。", true),
					new ReasonCatalogue.Definition("ENTERPRISE_ACCOUNT_LIMIT", List.of("DATA"),
							"This enterprise already has as many selling accounts as allowed.", "该企业绑定的卖家账号已达上限。",
							"Use one of the enterprise's existing accounts.", "请使用该企业已有的账号。", true),
					new ReasonCatalogue.Definition("ALIPAY_AUTHORIZATION_FAILED", List.of("DATA"),
							"The Alipay real-name authorisation was not completed.", "支付宝实名认证授权未完成。",
							"Submit again and complete the authorisation in Alipay.", "请重新提交，并在支付宝中完成授权。", true),
					new ReasonCatalogue.Definition("AUTHENTICATION_EXPIRED", List.of("DATA"),
							"The Alipay step was not completed within two months.", "支付宝认证未在两个月内完成。",
							"Start a new authentication and complete the Alipay step.", "请重新发起认证并完成支付宝认证。", true))
			.forEach(catalogue::register);
	}

}
