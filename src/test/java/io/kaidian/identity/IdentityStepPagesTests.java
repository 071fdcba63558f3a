package io.kaidian.identity;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ValidNumbers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller's identity step over real HTTP, in Chinese: numbers are checked at once and
 * refused inline (R-ID-1), a submit without the documents lists the missing ones
 * (R-ID-3), and the numbers are never rendered back.
 */
class IdentityStepPagesTests extends IntegrationTest {

	private static final AtomicLong seeds = new AtomicLong(System.nanoTime() + 7);

	private static final String[] CHINESE = { "Accept-Language", "zh-CN" };

	@Autowired
	private Outbox outbox;

	private Pages pages;

	@BeforeEach
	void signedInSeller() {
		SellerFixtures.Registered seller = new SellerFixtures(this.api, mail, this.outbox).register();
		this.pages = new Pages(baseUrl());
		this.pages.get("/sign-in", CHINESE);
		Pages.Page signedIn = this.pages.post("/sign-in",
				Map.of("email", seller.email(), "password", seller.password()));
		assertThat(signedIn.location()).as(signedIn.toString()).endsWith("/seller");
	}

	@Test
	void anAnonymousVisitorIsSentToSignIn() {
		Pages.Page page = new Pages(baseUrl()).get("/seller/identity");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/sign-in");
	}

	@Test
	void R_ID_1_aBadIdNumberIsRefusedInlineInChineseAndWhatWasTypedIsKept() {
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());
		String tampered = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
		Pages.Page empty = this.pages.get("/seller/identity", CHINESE);
		assertThat(empty.body()).contains("id=\"identity-status\" data-status=\"NONE\"", "尚未开始");

		Pages.Page saved = this.pages.post("/seller/identity", individual(tampered), CHINESE);
		assertThat(saved.location()).endsWith("/seller/identity");

		Pages.Page page = this.pages.get("/seller/identity", CHINESE);
		assertThat(page.body())
			.contains("<p class=\"field-error error\" id=\"personIdNumber-error\">该身份证号码无效：请对照身份证逐位核对。</p>")
			.contains("id=\"error-summary\"", "居民身份证号码")
			.contains("value=\"" + tampered + "\"")
			.contains("value=\"杭州小明茶叶店\"");
	}

	@Test
	void R_ID_3_aSubmitWithoutDocumentsListsTheMissingOnesAndNumbersAreNeverShown() {
		String id = ValidNumbers.idNumber(seeds.incrementAndGet());
		this.pages.get("/seller/identity", CHINESE);
		this.pages.post("/seller/identity", individual(id), CHINESE);
		Pages.Page draft = this.pages.get("/seller/identity", CHINESE);
		assertThat(draft.body()).contains("您的信息已保存。", "data-status=\"DRAFT\"")
			.contains("id=\"file-BUSINESS_LICENSE\"", "id=\"file-ID_FRONT\"", "id=\"file-ID_BACK\"",
					"id=\"file-HOLDING_ID_PHOTO\"")
			.doesNotContain("id=\"file-BANK_ACCOUNT_LICENSE\"")
			.contains(id.substring(0, 4) + "**********" + id.substring(14))
			.doesNotContain(id);

		Pages.Page submitted = this.pages.post("/seller/identity/submit", Map.of(), CHINESE);
		assertThat(submitted.location()).endsWith("/seller/identity");

		Pages.Page page = this.pages.get("/seller/identity", CHINESE);
		for (String kind : new String[] { "BUSINESS_LICENSE", "ID_FRONT", "ID_BACK", "HOLDING_ID_PHOTO" }) {
			assertThat(page.body()).contains("<p class=\"field-error error\" id=\"" + kind + "-error\">请上传此证件。</p>")
				.contains("href=\"#document-" + kind + "\"");
		}
		assertThat(page.body()).contains("营业执照", "身份证人像面", "身份证国徽面", "手持身份证照片")
			.doesNotContain("id=\"BANK_ACCOUNT_LICENSE-error\"");

		// a blank number keeps the saved one: saving again changes nothing
		Pages.Page again = this.pages.post("/seller/identity", Map.of("subjectType", "INDIVIDUAL_BUSINESS", "method",
				"PERSONAL_ALIPAY", "companyName", "杭州小明茶叶店", "personName", "王小明", "personIdNumber", ""), CHINESE);
		assertThat(again.location()).endsWith("/seller/identity");
		assertThat(this.pages.get("/seller/identity", CHINESE).body()).contains("您的信息已保存。")
			.contains(id.substring(0, 4) + "**********" + id.substring(14));
	}

	@Test
	void R_ID_2_theMethodsFollowTheSubjectType() {
		this.pages.get("/seller/identity", CHINESE);

		Pages.Page individual = this.pages.get("/seller/identity/type-fields?subjectType=INDIVIDUAL_BUSINESS",
				"Accept-Language", "zh-CN", "HX-Request", "true");
		assertThat(individual.body()).contains("id=\"method-PERSONAL_ALIPAY\"", "经营者个人支付宝认证")
			.doesNotContain("id=\"method-CORPORATE_ALIPAY\"", "id=\"creditCode\"", "<html");
		Pages.Page enterprise = this.pages.get("/seller/identity/type-fields?subjectType=ENTERPRISE", "Accept-Language",
				"zh-CN", "HX-Request", "true");
		assertThat(enterprise.body())
			.contains("id=\"method-CORPORATE_ALIPAY\"", "id=\"method-LEGAL_REP_ALIPAY\"", "id=\"creditCode\"")
			.doesNotContain("id=\"method-PERSONAL_ALIPAY\"");
	}

	private static Map<String, String> individual(String idNumber) {
		return Map.of("subjectType", "INDIVIDUAL_BUSINESS", "method", "PERSONAL_ALIPAY", "companyName", "杭州小明茶叶店",
				"personName", "王小明", "personIdNumber", idNumber);
	}

}
