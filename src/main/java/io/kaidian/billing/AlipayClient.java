package io.kaidian.billing;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alipay's open platform gateway as the JDK reaches it (ADR 0023, ADR 0024): requests
 * signed RSA2 with our key, posted form-encoded with the configured timeouts; answers
 * trusted only when Alipay's signature over the {@code <method>_response} member, as
 * received, verifies with Alipay's public key.
 */
final class AlipayClient {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final BillingProperties.Alipay settings;

	private final PrivateKey appKey;

	private final PublicKey alipayKey;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http;

	AlipayClient(BillingProperties.Alipay settings, PrivateKey appKey, PublicKey alipayKey, JsonMapper json,
			Clock clock) {
		this.settings = settings;
		this.appKey = appKey;
		this.alipayKey = alipayKey;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
	}

	/**
	 * A request's parameters, signed.
	 * @param method e.g. {@code alipay.trade.page.pay}
	 * @param biz the method's {@code biz_content}
	 * @param extra further public parameters, e.g. {@code notify_url}
	 */
	Map<String, String> signed(String method, Map<String, String> biz, Map<String, String> extra) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("app_id", this.settings.appId());
		parameters.put("method", method);
		parameters.put("format", "JSON");
		parameters.put("charset", "utf-8");
		parameters.put("sign_type", "RSA2");
		parameters.put("timestamp", TIMESTAMP.format(this.clock.instant().atZone(this.settings.zone())));
		parameters.put("version", "1.0");
		parameters.putAll(extra);
		parameters.put("biz_content", this.json.writeValueAsString(biz));
		parameters.put("sign", AlipaySignature
			.sign(AlipaySignature.content(parameters, AlipaySignature.REQUEST_UNSIGNED), this.appKey));
		return parameters;
	}

	/** The parameters as a query string or form body. */
	static String encoded(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Calls a method of the gateway.
	 * @return the fields of its {@code <method>_response}, and whether Alipay signed them
	 * @throws GatewayUnavailableException when it cannot be reached in time, answers with
	 * an error status, or an answer without that member
	 */
	Answer call(String method, Map<String, String> biz) {
		HttpRequest request = HttpRequest.newBuilder(this.settings.gatewayUrl())
			.timeout(this.settings.requestTimeout())
			.header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(encoded(signed(method, biz, Map.of()))))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new GatewayUnavailableException(method + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GatewayUnavailableException(method + ": interrupted", ex);
		}
		if (response.statusCode() != 200) {
			throw new GatewayUnavailableException(method + ": HTTP " + response.statusCode());
		}
		return answer(method, response.body());
	}

	private Answer answer(String method, String body) {
		String member = method.replace('.', '_') + "_response";
		String content = AlipaySignature.responseContent(body, member);
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new GatewayUnavailableException(method + ": the answer is not JSON", ex);
		}
		JsonNode node = root.get(member);
		if (content == null || node == null || !node.isObject()) {
			throw new GatewayUnavailableException(method + ": the answer has no " + member);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		node.properties()
			.forEach((e) -> fields.put(e.getKey(),
					e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString()));
		JsonNode sign = root.get("sign");
		boolean trusted = sign != null && sign.isString()
				&& AlipaySignature.verify(content, sign.asString(), this.alipayKey);
		return new Answer(fields, trusted);
	}

	/**
	 * The gateway's answer.
	 *
	 * @param fields the members of its {@code <method>_response}, as text
	 * @param trusted whether Alipay's signature over them verified
	 */
	record Answer(Map<String, String> fields, boolean trusted) {

		String code() {
			return this.fields.getOrDefault("code", "");
		}

		String subCode() {
			return this.fields.getOrDefault("sub_code", "");
		}

	}

}
