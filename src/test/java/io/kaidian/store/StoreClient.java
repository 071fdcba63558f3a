package io.kaidian.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.ExamFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store, payout account and products over HTTP as a seller's client uses them (API.md
 * "Store, payout account, products"), and the steps before them through the real API: the
 * application approved by a reviewer and the fees paid in the sandbox.
 */
public final class StoreClient {

	public static final Duration WAIT = Duration.ofSeconds(20);

	/** A valid UnionPay debit card number (Luhn). */
	public static final String CARD = "6222021234567890128";

	private final Api api;

	private final String baseUrl;

	private final ApplicationClient applications;

	public StoreClient(Api api, String baseUrl) {
		this.api = api;
		this.baseUrl = baseUrl;
		this.applications = new ApplicationClient(api, baseUrl);
	}

	/**
	 * The seller's general store application approved, its fees paid and its exam passed:
	 * the store profile is due.
	 */
	public void readyForStore(ApprovedSellers.Seller seller, ExamFixtures exams) {
		approveGeneralStore(seller);
		payFees(seller);
		exams.pass(this.api, seller);
		await().atMost(WAIT).until(() -> state(seller, "STORE_PROFILE").equals("DUE"));
	}

	public ApplicationClient applications() {
		return this.applications;
	}

	/**
	 * The seller applies for a basic general apparel store in women's and men's clothing
	 * without a brand, and a reviewer approves it.
	 */
	public void approveGeneralStore(ApprovedSellers.Seller seller) {
		approve(seller, ApplicationClient.application("BASIC", "GENERAL", "APPAREL",
				List.of("womens-clothing", "mens-clothing"), List.of(), true));
	}

	public void approve(ApprovedSellers.Seller seller, Map<String, Object> application) {
		this.applications.saved(seller, application);
		this.applications.submitted(seller);
		this.applications.decide(this.applications.claim(seller.memberId()), Map.of());
		await().atMost(WAIT).until(() -> invoices(seller).size() == 2);
	}

	public List<JsonNode> invoices(ApprovedSellers.Seller seller) {
		Api.Reply reply = this.api.get("/api/v1/me/invoices").token(seller.token()).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().valueStream().toList();
	}

	/** Pays every invoice through the sandbox gateway and waits for FEES done. */
	public void payFees(ApprovedSellers.Seller seller) {
		for (JsonNode invoice : invoices(seller)) {
			Api.Reply started = this.api
				.post("/api/v1/me/invoices/" + invoice.get("invoiceId").asString() + "/payments",
						Map.of("provider", "SANDBOX"))
				.token(seller.token())
				.send();
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
			Api.Reply paid = this.api
				.postForm("/sandbox/payments/" + started.json().get("paymentId").asString(),
						Map.of("outcome", "SUCCESS"))
				.send();
			assertThat(paid.status()).as(paid.text()).isEqualTo(200);
		}
		await().atMost(WAIT).until(() -> state(seller, "FEES").equals("DONE"));
	}

	public String state(ApprovedSellers.Seller seller, String requirement) {
		return this.applications.requirement(seller, requirement).get("state").asString();
	}

	public JsonNode checklist(ApprovedSellers.Seller seller) {
		return this.applications.checklist(seller, "en");
	}

	public static Map<String, Object> profile(String name, String domain) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("domain", domain);
		return body;
	}

	public Api.Reply saveStore(ApprovedSellers.Seller seller, Map<String, Object> body) {
		return this.api.put("/api/v1/me/store", body).token(seller.token()).send();
	}

	public JsonNode savedStore(ApprovedSellers.Seller seller, String name, String domain) {
		Api.Reply reply = saveStore(seller, profile(name, domain));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	public static Map<String, Object> payout(String type, String name, String number, String bank) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("accountName", name);
		body.put("accountNumber", number);
		body.put("bankName", bank);
		return body;
	}

	public Api.Reply setPayout(ApprovedSellers.Seller seller, Map<String, Object> body) {
		return this.api.put("/api/v1/me/collection-account", body).token(seller.token()).send();
	}

	/**
	 * Sets a bank account in the name of the enterprise {@code ApprovedSellers} makes.
	 */
	public Api.Reply bankAccountSetReply(ApprovedSellers.Seller seller) {
		return setPayout(seller, payout("BANK", "杭州小明茶业有限公司", CARD, "中国工商银行"));
	}

	/** A bank account in the name of the enterprise {@code ApprovedSellers} makes. */
	public JsonNode bankAccountSet(ApprovedSellers.Seller seller) {
		Api.Reply reply = bankAccountSetReply(seller);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	public static Map<String, Object> product(String title, String category, String price) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("categoryCode", category);
		body.put("brand", null);
		body.put("price", Map.of("amount", price, "currency", "CNY"));
		body.put("stock", 50);
		return body;
	}

	public Api.Reply createProduct(ApprovedSellers.Seller seller, Map<String, Object> body) {
		return this.api.post("/api/v1/me/products", body).token(seller.token()).send();
	}

	public String createdProduct(ApprovedSellers.Seller seller, String title) {
		Api.Reply reply = createProduct(seller, product(title, "womens-clothing", "199.00"));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().get("status").asString()).isEqualTo("DRAFT");
		return reply.json().get("productId").asString();
	}

	public Api.Reply publish(ApprovedSellers.Seller seller, String productId) {
		return this.api.post("/api/v1/me/products/" + productId + "/publish", "").token(seller.token()).send();
	}

	public JsonNode myStore(ApprovedSellers.Seller seller) {
		Api.Reply reply = this.api.get("/api/v1/me/store").token(seller.token()).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

}
