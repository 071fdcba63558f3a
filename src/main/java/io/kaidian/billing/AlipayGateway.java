package io.kaidian.billing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.money.Money;

/**
 * Alipay's computer-website payment without its SDK (ADR 0023): the payer goes to the
 * gateway with an RSA2-signed {@code alipay.trade.page.pay} request, and Alipay's
 * asynchronous notification is verified with Alipay's public key. Offered only when
 * {@code kaidian.billing.alipay.app-id} and both keys are set.
 */
@Component
class AlipayGateway implements PaymentGateway {

	static final String NAME = "ALIPAY";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final BillingProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final @Nullable PrivateKey appKey;

	private final @Nullable AlipayNotificationRules rules;

	AlipayGateway(BillingProperties properties, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		BillingProperties.Alipay alipay = properties.alipay();
		this.appKey = alipay.enabled() ? AlipaySignature.privateKey(alipay.appPrivateKey()) : null;
		this.rules = alipay.enabled() ? new AlipayNotificationRules(alipay.appId(), alipay.sellerId(),
				AlipaySignature.publicKey(alipay.alipayPublicKey())) : null;
	}

	@Override
	public String provider() {
		return NAME;
	}

	@Override
	public boolean available() {
		return this.appKey != null;
	}

	@Override
	public String redirectUrl(UUID paymentId, Money amount, String subject) {
		if (this.appKey == null) {
			throw new IllegalStateException("The Alipay adapter is not configured");
		}
		BillingProperties.Alipay alipay = this.properties.alipay();
		Map<String, String> biz = new LinkedHashMap<>();
		biz.put("out_trade_no", paymentId.toString());
		biz.put("total_amount", amount.amount().toPlainString());
		biz.put("subject", subject);
		biz.put("product_code", "FAST_INSTANT_TRADE_PAY");
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("app_id", alipay.appId());
		parameters.put("method", "alipay.trade.page.pay");
		parameters.put("format", "JSON");
		parameters.put("charset", "utf-8");
		parameters.put("sign_type", "RSA2");
		parameters.put("timestamp", TIMESTAMP.format(this.clock.instant().atZone(alipay.zone())));
		parameters.put("version", "1.0");
		parameters.put("notify_url", this.properties.publicUrl() + alipay.notifyPath());
		parameters.put("return_url", this.properties.publicUrl() + alipay.returnPath() + "?payment=" + paymentId);
		parameters.put("biz_content", this.json.writeValueAsString(biz));
		parameters.put("sign", AlipaySignature
			.sign(AlipaySignature.content(parameters, AlipaySignature.REQUEST_UNSIGNED), this.appKey));
		return alipay.gatewayUrl() + "?"
				+ parameters.entrySet()
					.stream()
					.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
	}

	@Override
	public Verdict verify(Map<String, String> parameters) {
		if (this.rules == null) {
			return new Refused("PROVIDER_UNAVAILABLE");
		}
		return this.rules.verify(parameters);
	}

}
