package io.kaidian.billing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.TestAlipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fees over HTTP as a seller's client, the sandbox and a gateway use them (API.md,
 * "Fees"), and a seller whose application is approved, reached through the real API.
 */
final class FeesClient {

	static final Duration WAIT = Duration.ofSeconds(20);

	private final Api api;

	private final String baseUrl;

	private final ApplicationClient applications;

	FeesClient(Api api, String baseUrl) {
		this.api = api;
		this.baseUrl = baseUrl;
		this.applications = new ApplicationClient(api, baseUrl);
	}

	/**
	 * The seller applies for a basic general apparel store, a reviewer approves it, and
	 * its two invoices are issued.
	 */
	void approve(ApprovedSellers.Seller seller) {
		this.applications.saved(seller, ApplicationClient.application("BASIC", "GENERAL", "APPAREL",
				List.of("womens-clothing"), List.of(), true));
		this.applications.submitted(seller);
		this.applications.decide(this.applications.claim(seller.memberId()), Map.of());
		await().atMost(WAIT).until(() -> invoices(seller).size() == 2);
	}

	List<JsonNode> invoices(ApprovedSellers.Seller seller) {
		Api.Reply reply = this.api.get("/api/v1/me/invoices").token(seller.token()).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json().valueStream().toList();
	}

	JsonNode invoice(ApprovedSellers.Seller seller, String kind) {
		return invoices(seller).stream().filter((i) -> i.get("kind").asString().equals(kind)).findFirst().orElseThrow();
	}

	Api.Reply pay(ApprovedSellers.Seller seller, String invoiceId, String provider) {
		return this.api.post("/api/v1/me/invoices/" + invoiceId + "/payments", Map.of("provider", provider))
			.token(seller.token())
			.send();
	}

	JsonNode paid(ApprovedSellers.Seller seller, String invoiceId, String provider) {
		Api.Reply reply = pay(seller, invoiceId, provider);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json();
	}

	/** The sandbox page's answer, as an API client sends it. */
	HttpResponse<String> sandbox(String paymentId, String outcome) {
		return form("/sandbox/payments/" + paymentId, Map.of("outcome", outcome));
	}

	/** A gateway's form-encoded notification. */
	HttpResponse<String> notify(String provider, Map<String, String> parameters) {
		return form("/api/v1/payments/notifications/" + provider, parameters);
	}

	/**
	 * The seller starts paying an invoice through Alipay.
	 * @return the invoice, the payment and its amount
	 */
	Paying alipay(ApprovedSellers.Seller seller, String kind) {
		JsonNode invoice = invoice(seller, kind);
		JsonNode started = paid(seller, invoice.get("invoiceId").asString(), "ALIPAY");
		return new Paying(invoice.get("invoiceId").asString(), started.get("paymentId").asString(),
				invoice.get("amount").get("amount").asString());
	}

	/**
	 * The seller pays an invoice on Alipay's page and Alipay's signed notification
	 * arrives.
	 */
	Paying paidThroughAlipay(ApprovedSellers.Seller seller, String kind) {
		Paying paying = alipay(seller, kind);
		TestAlipay.SERVER.paid(paying.paymentId(), paying.amount());
		HttpResponse<String> answer = notify("alipay",
				TestAlipay.signed(alipayNotification(paying.paymentId(), paying.amount(), "TRADE_SUCCESS")));
		assertThat(answer.body()).isEqualTo("success");
		return paying;
	}

	/** Alipay's asynchronous notification of a trade, unsigned. */
	static Map<String, String> alipayNotification(String paymentId, String amount, String status) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("notify_type", "trade_status_sync");
		parameters.put("app_id", TestAlipay.APP_ID);
		parameters.put("seller_id", TestAlipay.SELLER_ID);
		parameters.put("trade_no", "2026120322001499" + paymentId.substring(0, 8));
		parameters.put("out_trade_no", paymentId);
		parameters.put("total_amount", amount);
		parameters.put("trade_status", status);
		return parameters;
	}

	String requirement(ApprovedSellers.Seller seller, String key) {
		return this.applications.requirement(seller, key).get("state").asString();
	}

	/** The query parameters of a URL, decoded. */
	static Map<String, String> query(String url) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

	/**
	 * A payment under way.
	 *
	 * @param invoiceId the invoice
	 * @param paymentId the payment (Alipay's out_trade_no)
	 * @param amount its amount, e.g. {@code "5000.00"}
	 */
	record Paying(String invoiceId, String paymentId, String amount) {
	}

	private HttpResponse<String> form(String path, Map<String, String> fields) {
		return this.api.postForm(path, fields).send().response();
	}

}
