package io.kaidian.billing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.kaidian.platform.money.Money;

/**
 * The built-in sandbox gateway (the default, API.md "Fees"): the payer's redirect is a
 * page of the service offering "pay" and "fail"; its answer comes back as a notification
 * in Alipay's format, signed with a key pair made at start-up, and goes through the same
 * verification as a real one. Off in production
 * ({@code kaidian.billing.sandbox-enabled}).
 */
@Component
class SandboxGateway implements PaymentGateway {

	static final String NAME = "SANDBOX";

	private static final String APP_ID = "sandbox-app";

	private static final String SELLER_ID = "sandbox-seller";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final KeyPair keys;

	private final AlipayNotificationRules rules;

	private final Clock clock;

	private final boolean enabled;

	/** What each payer chose on the sandbox page: the sandbox's own trades. */
	private final Map<UUID, Trade> trades = new ConcurrentHashMap<>();

	/** The refunds made, by out_request_no: asked again, one is made once. */
	private final Map<UUID, Money> refunds = new ConcurrentHashMap<>();

	SandboxGateway(BillingProperties properties, Clock clock) {
		this.clock = clock;
		this.enabled = properties.sandboxEnabled();
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		this.rules = new AlipayNotificationRules(APP_ID, SELLER_ID, this.keys.getPublic());
	}

	@Override
	public String provider() {
		return NAME;
	}

	@Override
	public boolean available() {
		return this.enabled;
	}

	@Override
	public String redirectUrl(UUID paymentId, Money amount, String subject) {
		return "/sandbox/payments/" + paymentId;
	}

	@Override
	public Verdict verify(Map<String, String> parameters) {
		return this.enabled ? this.rules.verify(parameters) : new Refused("PROVIDER_UNAVAILABLE");
	}

	/**
	 * The sandbox knows the trades of its own page: what the payer chose, if anything.
	 */
	@Override
	public QueryAnswer query(UUID paymentId) {
		Trade trade = this.trades.get(paymentId);
		if (!this.enabled || trade == null) {
			return new NoTrade(Map.of("code", "40004", "sub_code", "ACQ.TRADE_NOT_EXIST"));
		}
		Map<String, String> raw = new LinkedHashMap<>();
		raw.put("code", "10000");
		raw.put("out_trade_no", paymentId.toString());
		raw.put("trade_no", tradeNo(paymentId));
		raw.put("total_amount", trade.amount().amount().toPlainString());
		raw.put("trade_status", trade.paid() ? "TRADE_SUCCESS" : "TRADE_CLOSED");
		return new Found(new Verified(paymentId, trade.amount(), trade.paid() ? Outcome.PAID : Outcome.FAILED,
				tradeNo(paymentId)), raw);
	}

	/** The sandbox refunds at once, each refund id once. */
	@Override
	public RefundAnswer refund(UUID refundId, UUID paymentId, Money amount, String reason) {
		if (!this.enabled) {
			throw new GatewayUnavailableException("The sandbox gateway is off");
		}
		boolean first = this.refunds.putIfAbsent(refundId, amount) == null;
		Map<String, String> raw = new LinkedHashMap<>();
		raw.put("code", "10000");
		raw.put("out_trade_no", paymentId.toString());
		raw.put("out_request_no", refundId.toString());
		raw.put("fund_change", first ? "Y" : "N");
		raw.put("refund_amount", amount.amount().toPlainString());
		return new RefundAnswer(true, null, raw);
	}

	private static String tradeNo(UUID paymentId) {
		return "SANDBOX" + paymentId.toString().replace("-", "");
	}

	/**
	 * The notification the sandbox sends when the payer chose: Alipay's fields, signed.
	 * @param paymentId the payment
	 * @param amount its amount
	 * @param paid whether the payer paid or gave up
	 */
	Map<String, String> notification(UUID paymentId, Money amount, boolean paid) {
		this.trades.put(paymentId, new Trade(amount, paid));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("notify_time", TIME.format(this.clock.instant().atZone(java.time.ZoneOffset.UTC)));
		parameters.put("notify_type", "trade_status_sync");
		parameters.put("notify_id", UUID.randomUUID().toString());
		parameters.put("app_id", APP_ID);
		parameters.put("seller_id", SELLER_ID);
		parameters.put("charset", "utf-8");
		parameters.put("version", "1.0");
		parameters.put("trade_no", tradeNo(paymentId));
		parameters.put("out_trade_no", paymentId.toString());
		parameters.put("total_amount", amount.amount().toPlainString());
		parameters.put("trade_status", paid ? "TRADE_SUCCESS" : "TRADE_CLOSED");
		parameters.put("sign_type", "RSA2");
		parameters.put("sign", AlipaySignature
			.sign(AlipaySignature.content(parameters, AlipaySignature.NOTIFICATION_UNSIGNED), this.keys.getPrivate()));
		return parameters;
	}

	private record Trade(Money amount, boolean paid) {
	}

}
