package io.kaidian.settlement.web;

import java.time.Duration;
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

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.settlement.ApplicationStatus;
import io.kaidian.settlement.ApplicationLookup;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.ReviewerClient;
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
	private ApplicationLookup applications;

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
		ReviewerClient reviewerApi = new ReviewerClient(this.api, reviewerToken);
		JsonNode claimed = reviewerApi.claimCaseOf("APPLICATION", seller.memberId());
		Pages.Page casePage = reviewer.get("/staff/review/cases/" + claimed.get("caseId").asString(), ENGLISH);
		assertThat(casePage.status()).as(casePage.toString()).isEqualTo(200);
		assertThat(casePage.body()).contains("id=\"decision-form\"", "data-mode=\"items\"",
				"data-field=\"category:childrens-clothing\"", "data-field=\"brand:1\"", "Moonfield", "Hilltop Weave",
				"Children", "class=\"document-page\"", "QUALIFICATION_MISSING", "AUTHORIZATION_CHAIN_INCOMPLETE");
		assertThat(legend(casePage.body(), "brand:1")).contains("Hilltop Weave");
		assertThat(legend(casePage.body(), "category:childrens-clothing")).contains("童装");
		assertThat(casePage.body()).contains("<dt>Sales plan</dt>", "<dt>Store type</dt>", "<dt>Business scope</dt>");

		reviewerApi.decideItems(claimed, Map.of("category:childrens-clothing", "QUALIFICATION_MISSING", "brand:1",
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
		ApplicationClient client = new ApplicationClient(this.api, baseUrl());
		client
			.saved(seller,
					ApplicationClient
						.application("STANDARD", "EXCLUSIVE", "APPAREL",
								List.of("womens-clothing", "childrens-clothing"),
								List.of(ApplicationClient.brand("Moonfield", "12345678", "REGISTERED", "OWNED"),
										ApplicationClient.brand("Hilltop Weave", "23456789", "TM", "AUTHORIZED")),
								false));
		client.uploaded(client.uploadCategory(seller, "childrens-clothing", "CATEGORY_QUALIFICATION"));
		client.uploaded(client.uploadCategory(seller, "childrens-clothing", "PRODUCT_CHECKLIST"));
		client.uploaded(client.uploadBrand(seller, 0, "TRADEMARK_CERTIFICATE"));
		client.uploaded(client.uploadBrand(seller, 1, "TRADEMARK_CERTIFICATE"));
		client.uploaded(client.uploadBrand(seller, 1, "AUTHORIZATION_LETTER"));
		client.submitted(seller);
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
