package io.kaidian.settlement.web;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seller's settlement application pages over real HTTP, in English and Chinese: each
 * step explains the rule that limits its choices (R-APP-2…5), refusals are shown inline
 * next to their field and change nothing, and the application waits for the identity
 * (R-APP-1).
 */
class ApplicationPagesTests extends IntegrationTest {

	private static final String[] ENGLISH = { "Accept-Language", "en" };

	private static final String[] CHINESE = { "Accept-Language", "zh-CN" };

	@Autowired
	private Outbox outbox;

	@Autowired
	private ApplicationLookup applications;

	@Autowired
	private JdbcClient jdbc;

	private final Map<Pages, ApprovedSellers.Seller> accounts = new IdentityHashMap<>();

	@Test
	void anAnonymousVisitorIsSentToSignIn() {
		Pages.Page page = new Pages(baseUrl()).get("/seller/application/plan");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/sign-in");
	}

	@Test
	void R_APP_1_beforeIdentityApprovalThePageExplainsTheApplicationIsBlocked() {
		ApprovedSellers.Seller seller = sellers().unverified();
		Pages pages = signIn(seller, ENGLISH);

		Pages.Page page = pages.get("/seller/application", ENGLISH);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-status=\"BLOCKED\"", "Verify your identity first",
				"href=\"/seller/identity\"");
		assertThat(pages.get("/seller/application", CHINESE).body()).contains("请先完成实名认证", "前往实名认证");

		Pages.Page step = pages.get("/seller/application/brands", ENGLISH);
		assertThat(step.status()).isEqualTo(302);
		assertThat(step.location()).endsWith("/seller/application");
	}

	@Test
	void everyStepExplainsItsRuleInEnglishAndChinese() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller, ENGLISH);
		assertThat(pages.get("/seller", ENGLISH).body()).contains("id=\"application-link\"", ">Start</a>");
		Pages.Page start = pages.get("/seller/application", ENGLISH);
		assertThat(start.status()).as(start.toString()).isEqualTo(302);
		assertThat(start.location()).endsWith("/seller/application/plan");

		Map<String, String[]> rules = new LinkedHashMap<>();
		rules.put("plan", new String[] { "Enterprises choose either plan.", "企业可自由选择任一销售计划。" });
		rules.put("store-type",
				new String[] { "The store type decides which brands you may sell.", "店铺类型决定您可以经营哪些品牌。" });
		rules.put("scope", new String[] { "Each account operates one business scope", "每个账号只能经营一个经营大类" });
		rules.put("categories",
				new String[] { "Choose one or more categories of your business scope", "在您的经营大类中选择一个或多个类目" });
		rules.put("brands", new String[] { "a reviewer decides it within 7 working days", "审核员将在7个工作日内完成品牌审核" });
		rules.put("documents",
				new String[] { "Upload each document listed for your categories and brands", "请上传您所选类目和品牌要求的每份文件" });
		rules.put("review",
				new String[] { "the whole application is decided within 10 working days", "整个申请在10个工作日内审核完毕" });
		rules.forEach((step, texts) -> {
			Pages.Page english = pages.get("/seller/application/" + step, ENGLISH);
			assertThat(english.status()).as(step + ": " + english).isEqualTo(200);
			assertThat(english.body()).as(step).contains("id=\"rule\"", texts[0], "Settlement application");
			Pages.Page chinese = pages.get("/seller/application/" + step, CHINESE);
			assertThat(chinese.status()).as(step).isEqualTo(200);
			assertThat(chinese.body()).as(step).contains("id=\"rule\"", texts[1], "入驻申请").doesNotContain(texts[0]);
		});

		// what each store type requires (R-APP-3), and the scopes with their fees
		// (R-FEE-1)
		assertThat(pages.get("/seller/application/store-type", ENGLISH).body()).contains("Exactly one brand.",
				"One brand, registered ® or applied for (TM), owned or authorised.", "One or more brands of the scope",
				"No brand; only categories that allow unbranded goods.");
		assertThat(pages.get("/seller/application/store-type", CHINESE).body()).contains("仅限一个品牌", "专营店",
				"只能申请允许无品牌商品的类目");
		assertThat(pages.get("/seller/application/scope", CHINESE).body()).contains("服装服饰", "保证金：¥10,000.00", "消费电子");

		// the categories of the chosen scope, with what each needs (R-APP-4)
		save(pages, "plan", Map.of("salesPlan", "STANDARD"));
		assertThat(pages.get("/seller", CHINESE).body()).contains("id=\"application-link\"", ">继续</a>");
		save(pages, "store-type", Map.of("storeType", "EXCLUSIVE"));
		save(pages, "scope", Map.of("businessScope", "APPAREL"));
		Pages.Page categories = pages.get("/seller/application/categories", ENGLISH);
		assertThat(categories.body())
			.contains("id=\"categories-childrens-clothing\"", "Qualification document required",
					"Product checklist required")
			.doesNotContain("id=\"categories-mobile-phones\"");
		assertThat(pages.get("/seller/application/categories", CHINESE).body()).contains("童装", "需要类目资质", "需要商品清单");
		assertThat(pages.get("/seller/application/plan", ENGLISH).body())
			.contains("Annual fee in your scope: ¥10,000.00");
	}

	@Test
	void R_APP_2_anIndividualBusinessSeesTheStandardPlanDisabledWithTheUpgradeConditions() {
		ApprovedSellers.Seller seller = sellers().individualBusiness();
		Pages pages = signIn(seller, ENGLISH);

		Pages.Page english = pages.get("/seller/application/plan", ENGLISH);
		assertThat(input(english.body(), "salesPlan-STANDARD")).contains("disabled");
		assertThat(input(english.body(), "salesPlan-BASIC")).doesNotContain("disabled");
		assertThat(english.body()).contains("id=\"not-allowed-STANDARD\"", "id=\"upgrade-STANDARD\"",
				"at least 3 months on the basic plan, 90 completed orders and ¥30,000.00 in sales",
				"Up to 300 products", "Up to 3,000 products", "Individual business");

		Pages.Page chinese = pages.get("/seller/application/plan", CHINESE);
		assertThat(input(chinese.body(), "salesPlan-STANDARD")).contains("disabled");
		assertThat(chinese.body()).contains("个体工商户的升级条件：在基础销售计划上经营至少 3 个月，完成 90 笔订单，销售额达到 ¥30,000.00。");

		// posting the plan anyway is refused inline, and nothing is saved
		Pages.Page refused = pages.post("/seller/application/plan", Map.of("salesPlan", "STANDARD"), ENGLISH);
		assertThat(refused.location()).endsWith("/seller/application/plan");
		Pages.Page page = pages.get("/seller/application/plan", ENGLISH);
		assertThat(page.body()).contains("id=\"salesPlan-error\"", "id=\"error-summary\"");
		assertThat(this.applications.current(accountId(pages)).map(ApplicationView::salesPlan)).isEmpty();
	}

	@Test
	void R_APP_5_aBadTrademarkNumberIsRefusedInlineAndChangesNothing() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller, CHINESE);
		save(pages, "plan", Map.of("salesPlan", "STANDARD"));
		save(pages, "store-type", Map.of("storeType", "EXCLUSIVE"));
		save(pages, "scope", Map.of("businessScope", "APPAREL"));
		save(pages, "categories", Map.of("categories", "womens-clothing"));
		pages.get("/seller/application/brands", CHINESE);

		Map<String, String> brand = new LinkedHashMap<>();
		brand.put("action", "save");
		brand.put("brands[0].name", "Westlake Loom");
		brand.put("brands[0].trademarkNumber", "TM-12AB");
		brand.put("brands[0].trademarkStatus", "REGISTERED");
		brand.put("brands[0].trademarkClass", "25");
		brand.put("brands[0].ownership", "OWNED");
		brand.put("brands[0].owner", "杭州小明茶业有限公司");
		Pages.Page refused = pages.post("/seller/application/brands", brand, CHINESE);
		assertThat(refused.location()).endsWith("/seller/application/brands");

		Pages.Page page = pages.get("/seller/application/brands", CHINESE);
		assertThat(page.body())
			.contains("id=\"brands-0-trademarkNumber-error\"", "id=\"error-summary\"",
					"href=\"/seller/application/brands#brands-0-trademarkNumber\"", "品牌 1: 商标注册号")
			.contains("value=\"TM-12AB\"", "value=\"Westlake Loom\"");
		assertThat(errorText(page.body(), "brands-0-trademarkNumber")).matches(".*\\p{IsHan}.*");
		ApplicationView saved = this.applications.current(accountId(pages)).orElseThrow();
		assertThat(saved.brands()).isEmpty();
		assertThat(saved.categories()).containsExactly("womens-clothing");
	}

	@Test
	void R_APP_3_aGeneralStoreCannotApplyForUnderwearAndIsToldSoInline() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller, ENGLISH);
		save(pages, "plan", Map.of("salesPlan", "BASIC"));
		save(pages, "store-type", Map.of("storeType", "GENERAL"));
		save(pages, "scope", Map.of("businessScope", "APPAREL"));

		Pages.Page categories = pages.get("/seller/application/categories", ENGLISH);
		assertThat(input(categories.body(), "categories-underwear")).contains("disabled");
		assertThat(input(categories.body(), "categories-shoes")).doesNotContain("disabled");
		assertThat(categories.body()).contains("Branded goods only — not for a general store");

		Pages.Page refused = pages.post("/seller/application/categories", Map.of("categories", "underwear"), ENGLISH);
		assertThat(refused.location()).endsWith("/seller/application/categories");
		Pages.Page page = pages.get("/seller/application/categories", ENGLISH);
		assertThat(page.body()).contains("id=\"category-underwear-error\"", "id=\"error-summary\"");
		assertThat(this.applications.current(accountId(pages)).orElseThrow().categories()).isEmpty();
	}

	@Test
	void theSellersHomeOffersToContinueAStartedApplicationLearntFromItsEvent() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller, ENGLISH);
		assertThat(pages.get("/seller", ENGLISH).body()).contains("id=\"application-link\"", ">Start</a>");

		save(pages, "plan", Map.of("salesPlan", "BASIC"));

		// onboarding's read model hears ApplicationStarted after the save commits
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(pages.get("/seller", ENGLISH).body()).contains("id=\"application-link\"",
					">Continue</a>"));
	}

	private void save(Pages pages, String step, Map<String, String> fields) {
		pages.get("/seller/application/" + step, ENGLISH);
		Pages.Page saved = pages.post("/seller/application/" + step, fields, ENGLISH);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		Pages.Page next = pages.get(saved.location().replaceFirst("^https?://[^/]+", ""), ENGLISH);
		assertThat(next.body()).as(step + " saved").contains("Your choices are saved.").doesNotContain("error-summary");
	}

	private ApprovedSellers sellers() {
		return new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
	}

	private Pages signIn(ApprovedSellers.Seller seller, String[] language) {
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in", language);
		Pages.Page signedIn = pages.post("/sign-in", Map.of("email", seller.email(), "password", seller.password()));
		assertThat(signedIn.location()).as(signedIn.toString()).endsWith("/seller");
		this.accounts.put(pages, seller);
		return pages;
	}

	/** The seller's account id. */
	private UUID accountId(Pages pages) {
		return this.jdbc.sql("SELECT id FROM seller_account WHERE member_id = :memberId")
			.param("memberId", this.accounts.get(pages).memberId())
			.query(UUID.class)
			.single();
	}

	private static String input(String html, String id) {
		Matcher input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(input.find()).as("input " + id).isTrue();
		return input.group();
	}

	private static String errorText(String html, String id) {
		Matcher error = Pattern.compile("id=\"" + Pattern.quote(id) + "-error\">([^<]*)<").matcher(html);
		assertThat(error.find()).as("error of " + id).isTrue();
		return error.group(1);
	}

}
