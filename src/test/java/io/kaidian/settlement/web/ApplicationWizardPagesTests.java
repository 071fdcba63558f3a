package io.kaidian.settlement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.settlement.ApplicationView;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application wizard keeps the seller's work (R-APP-1…5): an empty choice is refused
 * at its step, brands typed survive going back to change the store type, and every
 * completed step is marked done, the current one included.
 */
class ApplicationWizardPagesTests extends IntegrationTest {

	private static final String[] ENGLISH = { "Accept-Language", "en" };

	private static final String[] CHINESE = { "Accept-Language", "zh-CN" };

	@Autowired
	private Outbox outbox;

	@Autowired
	private ApplicationLookup applications;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anEmptyPlanChoiceIsRefusedInlineAndSavesNothing() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller);
		pages.get("/seller/application/plan", CHINESE);

		Pages.Page refused = pages.post("/seller/application/plan", Map.of(), CHINESE);
		assertThat(refused.location()).endsWith("/seller/application/plan");
		Pages.Page page = pages.get("/seller/application/plan", CHINESE);
		assertThat(page.body()).contains("id=\"salesPlan-error\">此项必填。", "id=\"error-summary\"")
			.doesNotContain("id=\"flash\"");
		assertThat(this.applications.current(accountId(seller))).isEmpty();

		Pages.Page storeType = pages.post("/seller/application/store-type", Map.of("storeType", ""), ENGLISH);
		assertThat(storeType.location()).endsWith("/seller/application/store-type");
		assertThat(pages.get("/seller/application/store-type", ENGLISH).body())
			.contains("id=\"storeType-error\">This field is required.");
	}

	@Test
	void brandsTypedSurviveGoingBackToChangeTheStoreType() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller);
		save(pages, "plan", Map.of("salesPlan", "STANDARD"));
		save(pages, "store-type", Map.of("storeType", "SPECIALTY"));
		save(pages, "scope", Map.of("businessScope", "APPAREL"));
		save(pages, "categories", Map.of("categories", "womens-clothing"));
		pages.get("/seller/application/brands", ENGLISH);

		// two brands do not fit a specialty store: the seller goes back to change the
		// type
		Map<String, String> rows = new LinkedHashMap<>(brand(0, "Westlake Loom", "20231234"));
		rows.putAll(brand(1, "Lotus Thread", "20235678"));
		rows.put("action", "back");
		assertThat(pages.post("/seller/application/brands", rows, ENGLISH).location())
			.endsWith("/seller/application/categories");
		save(pages, "store-type", Map.of("storeType", "EXCLUSIVE"));

		Pages.Page brands = pages.get("/seller/application/brands", ENGLISH);
		assertThat(brands.body()).contains("id=\"unsaved-brands\"", "value=\"Westlake Loom\"", "value=\"Lotus Thread\"",
				"value=\"20235678\"");
		rows.put("action", "save");
		Pages.Page saved = pages.post("/seller/application/brands", rows, ENGLISH);
		assertThat(saved.location()).as(pages.get("/seller/application/brands", ENGLISH).body())
			.endsWith("/seller/application/documents");
		ApplicationView view = this.applications.current(accountId(seller)).orElseThrow();
		assertThat(view.brands()).extracting("name").containsExactly("Westlake Loom", "Lotus Thread");
		assertThat(pages.get("/seller/application/brands", ENGLISH).body()).doesNotContain("id=\"unsaved-brands\"");
	}

	@Test
	void everyCompletedStepIsMarkedDoneTheCurrentOneIncluded() {
		ApprovedSellers.Seller seller = sellers().enterprise();
		Pages pages = signIn(seller);
		save(pages, "plan", Map.of("salesPlan", "BASIC"));
		save(pages, "store-type", Map.of("storeType", "EXCLUSIVE"));

		String plan = pages.get("/seller/application/plan", ENGLISH).body();
		assertThat(step(plan, "PLAN")).contains("current", "done", "data-done=\"true\"");
		assertThat(step(plan, "STORE_TYPE")).contains("done").doesNotContain("current");
		assertThat(step(plan, "SCOPE")).contains("data-done=\"false\"").doesNotContain("done\"");
		assertThat(plan).contains("(done)");
		assertThat(pages.get("/seller/application/plan", CHINESE).body()).contains("（已完成）");
	}

	private static Map<String, String> brand(int index, String name, String number) {
		String prefix = "brands[" + index + "].";
		return Map.of(prefix + "name", name, prefix + "trademarkNumber", number, prefix + "trademarkStatus",
				"REGISTERED", prefix + "trademarkClass", "25", prefix + "ownership", "OWNED", prefix + "owner",
				"Hangzhou Xiaoming Tea Co., Ltd.");
	}

	/** The opening tag of a step in the step indicator. */
	private static String step(String html, String key) {
		Matcher step = Pattern.compile("<li[^>]*id=\"step-" + key + "\"[^>]*>").matcher(html);
		assertThat(step.find()).as("step " + key).isTrue();
		return step.group();
	}

	private void save(Pages pages, String step, Map<String, String> fields) {
		pages.get("/seller/application/" + step, ENGLISH);
		Pages.Page saved = pages.post("/seller/application/" + step, fields, ENGLISH);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(saved.location()).as(step + " saved").doesNotEndWith("/seller/application/" + step);
	}

	private ApprovedSellers sellers() {
		return new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
	}

	private Pages signIn(ApprovedSellers.Seller seller) {
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in", ENGLISH);
		Pages.Page signedIn = pages.post("/sign-in", Map.of("email", seller.email(), "password", seller.password()));
		assertThat(signedIn.location()).as(signedIn.toString()).endsWith("/seller");
		return pages;
	}

	private UUID accountId(ApprovedSellers.Seller seller) {
		return this.jdbc.sql("SELECT id FROM seller_account WHERE member_id = :memberId")
			.param("memberId", seller.memberId())
			.query(UUID.class)
			.single();
	}

}
