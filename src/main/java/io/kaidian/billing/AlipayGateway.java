package io.kaidian.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.money.Money;

/**
 * Alipay's computer-website payment without its SDK (ADR 0023, ADR 0024): the payer goes
 * to the gateway with an RSA2-signed {@code alipay.trade.page.pay} request, Alipay's
 * asynchronous notification is verified with Alipay's public key, and
 * {@code alipay.trade.query} / {@code alipay.trade.refund} are signed calls whose signed
 * answers are trusted. Offered only when {@code kaidian.billing.alipay.app-id} and both
 * keys are set.
 */
@Component
class AlipayGateway implements PaymentGateway {

	static final String NAME = "ALIPAY";

	/** Answered while Alipay's side is busy or failing: asked again later. */
	private static final Set<String> TRY_AGAIN = Set.of("ACQ.SYSTEM_ERROR", "aop.ACQ.SYSTEM_ERROR");

	private final BillingProperties properties;

	private final @Nullable AlipayClient client;

	private final @Nullable AlipayNotificationRules rules;

	AlipayGateway(BillingProperties properties, JsonMapper json, Clock clock) {
		this.properties = properties;
		BillingProperties.Alipay alipay = properties.alipay();
		this.client = alipay.enabled() ? new AlipayClient(alipay, AlipaySignature.privateKey(alipay.appPrivateKey()),
				AlipaySignature.publicKey(alipay.alipayPublicKey()), json, clock) : null;
		this.rules = alipay.enabled() ? new AlipayNotificationRules(alipay.appId(), alipay.sellerId(),
				AlipaySignature.publicKey(alipay.alipayPublicKey())) : null;
	}

	@Override
	public String provider() {
		return NAME;
	}

	@Override
	public boolean available() {
		return this.client != null;
	}

	@Override
	public String redirectUrl(UUID paymentId, Money amount, String subject) {
		BillingProperties.Alipay alipay = this.properties.alipay();
		Map<String, String> biz = new LinkedHashMap<>();
		biz.put("out_trade_no", paymentId.toString());
		biz.put("total_amount", amount.amount().toPlainString());
		biz.put("subject", subject);
		biz.put("product_code", "FAST_INSTANT_TRADE_PAY");
		Map<String, String> urls = new LinkedHashMap<>();
		urls.put("notify_url", this.properties.publicUrl() + alipay.notifyPath());
		urls.put("return_url", this.properties.publicUrl() + alipay.returnPath() + "?payment=" + paymentId);
		return alipay.gatewayUrl() + "?" + AlipayClient.encoded(client().signed("alipay.trade.page.pay", biz, urls));
	}

	@Override
	public Verdict verify(Map<String, String> parameters) {
		if (this.rules == null) {
			return new Refused("PROVIDER_UNAVAILABLE");
		}
		return this.rules.verify(parameters);
	}

	@Override
	public QueryAnswer query(UUID paymentId) {
		AlipayClient.Answer answer = client().call("alipay.trade.query", Map.of("out_trade_no", paymentId.toString()));
		Map<String, String> raw = answer.fields();
		if (!answer.trusted()) {
			return new Untrusted("SIGNATURE_INVALID", raw);
		}
		if ("40004".equals(answer.code()) && answer.subCode().endsWith("ACQ.TRADE_NOT_EXIST")) {
			return new NoTrade(raw);
		}
		if (!"10000".equals(answer.code())) {
			throw new GatewayUnavailableException("alipay.trade.query: " + answer.code() + " " + answer.subCode());
		}
		if (!paymentId.toString().equals(raw.get("out_trade_no"))) {
			return new Untrusted("PAYMENT_MISMATCH", raw);
		}
		Outcome outcome = AlipayNotificationRules.outcome(raw.get("trade_status"));
		if (outcome == null) {
			return new Untrusted("TRADE_STATUS_UNKNOWN", raw);
		}
		try {
			return new Found(new Verified(paymentId, Money.cny(new BigDecimal(raw.getOrDefault("total_amount", ""))),
					outcome, raw.get("trade_no")), raw);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return new Untrusted("ANSWER_MALFORMED", raw);
		}
	}

	@Override
	public RefundAnswer refund(UUID refundId, UUID paymentId, Money amount, String reason) {
		Map<String, String> biz = new LinkedHashMap<>();
		biz.put("out_trade_no", paymentId.toString());
		biz.put("refund_amount", amount.amount().toPlainString());
		biz.put("out_request_no", refundId.toString());
		biz.put("refund_reason", reason);
		AlipayClient.Answer answer = client().call("alipay.trade.refund", biz);
		if (!answer.trusted()) {
			// whether the money went back is unknown: the same out_request_no is sent
			// again
			throw new GatewayUnavailableException("alipay.trade.refund: an answer without a valid signature");
		}
		if ("10000".equals(answer.code())) {
			return new RefundAnswer(true, null, answer.fields());
		}
		if ("40004".equals(answer.code()) && !TRY_AGAIN.contains(answer.subCode())) {
			return new RefundAnswer(false, answer.subCode(), answer.fields());
		}
		throw new GatewayUnavailableException("alipay.trade.refund: " + answer.code() + " " + answer.subCode());
	}

	private AlipayClient client() {
		if (this.client == null) {
			throw new IllegalStateException("The Alipay adapter is not configured");
		}
		return this.client;
	}

}
