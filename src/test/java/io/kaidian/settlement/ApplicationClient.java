package io.kaidian.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import io.kaidian.documents.Multipart;
import io.kaidian.documents.Samples;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ReviewerClient;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settlement application over HTTP as a seller's client and a reviewer's client use
 * it (API.md, "Settlement application", "Review").
 */
public final class ApplicationClient {

	private final Api api;

	private final String baseUrl;

	private final StaffFixtures staff;

	private String reviewerToken;

	public ApplicationClient(Api api, String baseUrl) {
		this.api = api;
		this.baseUrl = baseUrl;
		this.staff = new StaffFixtures(api);
	}

	public static Map<String, Object> application(String plan, String storeType, String scope, List<String> categories,
			List<Map<String, Object>> brands, boolean noBrand) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("salesPlan", plan);
		body.put("storeType", storeType);
		body.put("businessScope", scope);
		body.put("categories", categories);
		body.put("brands", brands);
		body.put("noBrand", noBrand);
		return body;
	}

	public static Map<String, Object> brand(String name, String number, String status, String ownership) {
		Map<String, Object> brand = new LinkedHashMap<>();
		brand.put("name", name);
		brand.put("trademarkNumber", number);
		brand.put("trademarkStatus", status);
		brand.put("ownership", ownership);
		brand.put("trademarkClass", 25);
		brand.put("owner", "杭州小明茶业有限公司");
		return brand;
	}

	public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	public Api.Reply save(ApprovedSellers.Seller seller, Map<String, Object> body) {
		return this.api.put("/api/v1/me/application", body).token(seller.token()).send();
	}

	public JsonNode saved(ApprovedSellers.Seller seller, Map<String, Object> body) {
		Api.Reply reply = save(seller, body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	public Api.Reply uploadBrand(ApprovedSellers.Seller seller, int index, String kind) {
		return Multipart.put(this.baseUrl + "/api/v1/me/application/brands/" + index + "/documents/" + kind,
				seller.token(), kind + ".pdf", "application/pdf", Samples.pdf());
	}

	public Api.Reply uploadCategory(ApprovedSellers.Seller seller, String code, String kind) {
		return Multipart.put(this.baseUrl + "/api/v1/me/application/categories/" + code + "/documents/" + kind,
				seller.token(), kind + ".jpg", "image/jpeg", Samples.jpeg(1000, 700));
	}

	public void uploaded(Api.Reply reply) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	public Api.Reply submit(ApprovedSellers.Seller seller) {
		return this.api.post("/api/v1/me/application/submit", "").token(seller.token()).send();
	}

	public JsonNode submitted(ApprovedSellers.Seller seller) {
		Api.Reply reply = submit(seller);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	public JsonNode current(ApprovedSellers.Seller seller) {
		Api.Reply reply = this.api.get("/api/v1/me/application").token(seller.token()).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	public JsonNode item(ApprovedSellers.Seller seller, String ref) {
		return current(seller).get("items")
			.valueStream()
			.filter((i) -> i.get("ref").asString().equals(ref))
			.findFirst()
			.orElseThrow();
	}

	public String reviewerToken() {
		if (this.reviewerToken == null) {
			this.reviewerToken = this.staff.tokenFor("REVIEWER");
		}
		return this.reviewerToken;
	}

	/** A reviewer claims application cases until it holds this seller's. */
	public JsonNode claim(String memberId) {
		return reviewer().claimCaseOf("APPLICATION", memberId);
	}

	/** Decides the claimed case item by item: refs → reason code (null to approve). */
	public void decide(JsonNode claimed, Map<String, String> rejections) {
		reviewer().decideItems(claimed, rejections);
	}

	/**
	 * Decides only the named items (R-APP-5): refs → reason code, or null to approve.
	 * @return the case after it, with its new version
	 */
	public JsonNode decideSome(JsonNode claimed, Map<String, String> decisions) {
		return reviewer().decideSome(claimed, decisions);
	}

	/** Decides the items still undecided: refs → reason code, approving the others. */
	public void decideRest(JsonNode current, Map<String, String> rejections) {
		reviewer().decideRest(current, rejections);
	}

	private ReviewerClient reviewer() {
		return new ReviewerClient(this.api, reviewerToken());
	}

	public JsonNode checklist(ApprovedSellers.Seller seller, String language) {
		return this.api.get("/api/v1/me/onboarding").token(seller.token()).language(language).send().json();
	}

	public JsonNode requirement(ApprovedSellers.Seller seller, String key) {
		return checklist(seller, "en").get("requirements")
			.valueStream()
			.filter((r) -> r.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow();
	}

	public static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((e) -> e.get("field").asString()).toList();
	}

	public static List<String> codes(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((e) -> e.get("code").asString()).toList();
	}

	public static Map<String, String> errors(Api.Reply reply) {
		Map<String, String> errors = new LinkedHashMap<>();
		reply.json()
			.get("errors")
			.valueStream()
			.forEach((e) -> errors.put(e.get("field").asString(), e.get("code").asString()));
		return errors;
	}

}
