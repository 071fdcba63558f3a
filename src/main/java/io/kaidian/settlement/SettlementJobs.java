package io.kaidian.settlement;

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
 * The TM-mark reminders and expiry (PRODUCT.md §4.6), a db-scheduler task run once across
 * instances; and the reasons settlement gives itself or offers reviewers of application
 * items, registered in the review desk's catalogue (an operator's later edits are kept).
 */
@Configuration(proxyBeanMethods = false)
class SettlementJobs {

	static final String TM_TASK = "settlement-tm-marks";

	@Bean
	RecurringTask<Void> settlementTrademarkMarks(TrademarkExpiry expiry, SettlementProperties properties) {
		return Tasks.recurring(TM_TASK, FixedDelay.of(properties.expiryCheckEvery()))
			.execute((instance, context) -> expiry.checkTrademarks());
	}

	@Bean
	ApplicationRunner settlementReasons(ReasonCatalogue catalogue) {
		return (ApplicationArguments args) -> List.of(
				new ReasonCatalogue.Definition("TM_MARK_EXPIRING", List.of("BRAND"),
						"This brand's TM-status mark lapses soon.", "该品牌的 TM 标即将到期。",
						"Upload the registration certificate once the mark is registered, or renew the application.",
						"商标注册后请上传注册证，或及时续展申请。", true),
				new ReasonCatalogue.Definition("TM_MARK_EXPIRED", List.of("BRAND"),
						"This brand's TM-status mark has lapsed: it is valid 6 months from approval.",
						"该品牌的 TM 标已过期：自审核通过起有效期为 6 个月。",
						"Apply for the brand again with its registration certificate (®).", "请凭商标注册证（®）重新申请该品牌。", true),
				new ReasonCatalogue.Definition("PROTECTED_BRAND_NOT_AUTHORIZED", List.of("BRAND"),
						"This is a protected brand and the authorisation does not show the owner authorised you.",
						"该品牌为受保护品牌，授权文件不能证明权利人已授权您。",
						"Upload the brand owner's signed authorisation letter naming your company.",
						"请上传品牌权利人签章、写明贵公司名称的授权书。", true),
				new ReasonCatalogue.Definition("BRAND_NOT_IN_SCOPE", List.of("BRAND"),
						"The trademark's class does not cover the categories applied for.", "商标核定使用类别不涵盖所申请的类目。",
						"Apply with a trademark registered in a class that covers these categories.",
						"请使用核定类别涵盖这些类目的商标重新申请。", true),
				new ReasonCatalogue.Definition("CATEGORY_NOT_ELIGIBLE", List.of("CATEGORY"),
						"Your subject does not meet the conditions of this category.", "您的主体不满足该类目的准入条件。",
						"Remove this category, or apply again once you meet its conditions.", "请删除该类目，或在满足准入条件后重新申请。",
						true),
				new ReasonCatalogue.Definition("ITEM_REJECTED", List.of("CATEGORY", "BRAND"),
						"The reviewer did not approve this item.", "审核员未通过此项。",
						"Read the reviewer's note, fix the item and submit again.", "请阅读审核员的说明，修改后重新提交。", true))
			.forEach(catalogue::register);
	}

}
