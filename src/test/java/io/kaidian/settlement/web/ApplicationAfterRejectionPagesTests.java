package io.kaidian.settlement.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationStatus;
import io.kaidian.settlement.SettlementApplications;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application with two categories and two brands goes to a reviewer, whose case page
 * shows each item by name with its documents and checks; two items are rejected
 * (R-APP-6). The seller's pages then show each item's status with the catalogue's reason
 * and how to fix it (PRODUCT.md §4.1); approved items are locked and only the rejected
 * ones can change (§4.2).
 */
class ApplicationAfterRejectionPagesTests extends IntegrationTest {

	private static final String[] ENGLISH = { "Accept-Language", "en" };

	private static final String[] CHINESE = { "Accept-Language", "zh-CN" };

	@Autowired
	private Outbox outbox;

	@Autowired
	private SettlementApplications applications;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void R_APP_6_theReviewerSeesItemsByNameAndTheSellerFixesOnlyWhatWasRejected() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		submitApplication(seller);

		// the reviewer's case page: every item by name, its documents and checks
		StaffFixtures.Credentials credentials = new StaffFixtures(this.api).create("REVIEWER");
		String reviewerToken = this.api
			.post("/api/v1/sessions", Map.of("email", credentials.email(), "password", credentials.password()))
			.send()
			.json()
			.get("token")
			.asString();
		Pages reviewer = new Pages(baseUrl());
		reviewer.get("/staff/sign-in", ENGLISH);
		reviewer.post("/sign-in",
				Map.of("email", credentials.email(), "password", credentials.password(), "origin", "staff"));
		JsonNode claimed = claim(reviewerToken, seller.memberId());
		Pages.Page casePage = reviewer.get("/staff/review/cases/" + claimed.get("caseId").asString(), ENGLISH);
		assertThat(casePage.status()).as(casePage.toString()).isEqualTo(200);
		assertThat(casePage.body()).contains("id=\"decision-form\"", "data-mode=\"items\"",
				"data-field=\"category:childrens-clothing\"", "data-field=\"brand:1\"", "Moonfield", "Hilltop Weave",
				"Children", "target=\"_blank\"", "QUALIFICATION_MISSING", "AUTHORIZATION_CHAIN_INCOMPLETE");
		assertThat(legend(casePage.body(), "brand:1")).contains("Hilltop Weave");
		assertThat(legend(casePage.body(), "category:childrens-clothing")).contains("童装");
		assertThat(casePage.body()).contains("<dt>Sales plan</dt>", "<dt>Store type</dt>", "<dt>Business scope</dt>");

		decide(reviewerToken, claimed, Map.of("category:childrens-clothing", "QUALIFICATION_MISSING", "brand:1",
				"AUTHORIZATION_CHAIN_INCOMPLETE"));
		UUID sellerId = accountId(seller);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.applications.current(sellerId).orElseThrow().status() == ApplicationStatus.REJECTED);

		// the seller lands on the review step with what to fix, in Chinese
		Pages pages = signIn(seller);
		Pages.Page start = pages.get("/seller/application", CHINESE);
		assertThat(start.location()).endsWith("/seller/application/review");
		Pages.Page review = pages.get("/seller/application/review", CHINESE);
		assertThat(review.body())
			.contains("data-status=\"REJECTED\"", "需要修改", "缺少该类目要求的资质文件，或资质范围不含该类目。", "请上传经营范围涵盖该类目的有效资质文件。",
					"授权链条不完整，无法追溯到商标权利人。", "审核员备注：", "see the certificate")
			.contains("id=\"item-category-womens-clothing\" data-status=\"APPROVED\"",
					"id=\"item-category-childrens-clothing\" data-status=\"REJECTED\"",
					"id=\"item-brand-0\" data-status=\"APPROVED\"", "id=\"item-brand-1\" data-status=\"REJECTED\"")
			.contains("id=\"submit\"");

		// approved categories and brands are locked, the rejected ones open (§4.2)
		Pages.Page categories = pages.get("/seller/application/categories", ENGLISH);
		assertThat(input(categories.body(), "categories-womens-clothing")).contains("disabled", "checked");
		assertThat(input(categories.body(), "categories-childrens-clothing")).doesNotContain("disabled");
		assertThat(categories.body()).contains("Approved — kept as it is",
				"The qualification document this category requires is missing or does not cover it.");
		Pages.Page brands = pages.get("/seller/application/brands", ENGLISH);
		assertThat(input(brands.body(), "brands-0-trademarkNumber")).contains("readonly");
		assertThat(input(brands.body(), "brands-1-trademarkNumber")).doesNotContain("readonly");
		assertThat(brands.body()).contains("id=\"remove-brand-1\"").doesNotContain("id=\"remove-brand-0\"");
		Pages.Page plan = pages.get("/seller/application/plan", ENGLISH);
		assertThat(input(plan.body(), "salesPlan-STANDARD")).contains("disabled", "checked");
		assertThat(plan.body()).contains("id=\"locked-salesPlan\"").doesNotContain("id=\"save\"");
		Pages.Page documents = pages.get("/seller/application/documents", ENGLISH);
		assertThat(documents.body())
			.contains("id=\"file-brand-1--AUTHORIZATION_LETTER\"",
					"id=\"file-category-childrens-clothing--CATEGORY_QUALIFICATION\"")
			.doesNotContain("id=\"file-brand-0--TRADEMARK_CERTIFICATE\"");

		// saving the brands keeps the approved one as it was, whatever is posted for it
		Map<String, String> form = new LinkedHashMap<>();
		form.put("action", "save");
		form.put("brands[0].name", "Someone Else");
		form.put("brands[0].trademarkNumber", "99999999");
		form.put("brands[1].name", "Hilltop Weave");
		form.put("brands[1].trademarkNumber", "23456789");
		form.put("brands[1].trademarkStatus", "TM");
		form.put("brands[1].trademarkClass", "25");
		form.put("brands[1].ownership", "AUTHORIZED");
		form.put("brands[1].owner", "钱塘纺织有限公司");
		Pages.Page saved = pages.post("/seller/application/brands", form, ENGLISH);
		assertThat(saved.location()).endsWith("/seller/application/documents");
		assertThat(this.applications.current(sellerId).orElseThrow().brands().get(0).name()).isEqualTo("Moonfield");
	}

	private void submitApplication(ApprovedSellers.Seller seller) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("salesPlan", "STANDARD");
		body.put("storeType", "EXCLUSIVE");
		body.put("businessScope", "APPAREL");
		body.put("categories", List.of("womens-clothing", "childrens-clothing"));
		body.put("brands", List.of(brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
				brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED")));
		body.put("noBrand", false);
		Api.Reply saved = this.api.put("/api/v1/me/application", body).token(seller.token()).send();
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		for (String document : List.of("categories/childrens-clothing/documents/CATEGORY_QUALIFICATION",
				"categories/childrens-clothing/documents/PRODUCT_CHECKLIST", "brands/0/documents/TRADEMARK_CERTIFICATE",
				"brands/1/documents/TRADEMARK_CERTIFICATE", "brands/1/documents/AUTHORIZATION_LETTER")) {
			Api.Reply uploaded = Multipart.put(baseUrl() + "/api/v1/me/application/" + document, seller.token(),
					"scan.jpg", "image/jpeg", Samples.jpeg(1000, 700));
			assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
		}
		Api.Reply submitted = this.api.post("/api/v1/me/application/submit", "").token(seller.token()).send();
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
	}

	private static Map<String, Object> brand(String name, String number, String status, String ownership) {
		Map<String, Object> brand = new LinkedHashMap<>();
		brand.put("name", name);
		brand.put("trademarkNumber", number);
		brand.put("trademarkStatus", status);
		brand.put("ownership", ownership);
		brand.put("trademarkClass", 25);
		brand.put("owner", "杭州小明茶业有限公司");
		return brand;
	}

	/** Claims application cases until it holds this seller's; gives the others back. */
	private JsonNode claim(String token, String memberId) {
		List<String> others = new ArrayList<>();
		try {
			for (int i = 0; i < 200; i++) {
				Api.Reply claimed = this.api.post("/api/v1/review/cases/claim?queue=APPLICATION", "")
					.token(token)
					.send();
				assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
				if (claimed.json().get("memberId").asString().equals(memberId)) {
					return claimed.json();
				}
				others.add(claimed.json().get("caseId").asString());
			}
			throw new AssertionError("no application case of " + memberId);
		}
		finally {
			others.forEach(
					(other) -> this.api.post("/api/v1/review/cases/" + other + "/release", "").token(token).send());
		}
	}

	private void decide(String token, JsonNode claimed, Map<String, String> rejections) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (JsonNode ref : claimed.get("items")) {
			String code = rejections.get(ref.asString());
			Map<String, Object> item = new HashMap<>();
			item.put("ref", ref.asString());
			item.put("outcome", code == null ? "APPROVE" : "REJECT");
			item.put("reasons", code == null ? List.of()
					: List.of(Map.of("field", ref.asString(), "code", code, "message", "see the certificate")));
			items.add(item);
		}
		Api.Reply decided = this.api
			.post("/api/v1/review/cases/" + claimed.get("caseId").asString() + "/decision",
					Map.of("items", items, "version", claimed.get("version").asLong()))
			.token(token)
			.send();
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
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

	private static String legend(String html, String field) {
		Matcher legend = Pattern
			.compile("data-field=\"" + Pattern.quote(field) + "\"[^>]*>\\s*<legend[^>]*>(.*?)</legend>", Pattern.DOTALL)
			.matcher(html);
		assertThat(legend.find()).as("legend of " + field).isTrue();
		return legend.group(1);
	}

	private static String input(String html, String id) {
		Matcher input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(input.find()).as("input " + id).isTrue();
		return input.group();
	}

}
