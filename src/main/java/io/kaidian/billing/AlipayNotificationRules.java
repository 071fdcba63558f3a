package io.kaidian.billing;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;

/**
 * Alipay's asynchronous notification rules (ADR 0023), shared by the real adapter and the
 * sandbox, which signs its notifications the same way: the RSA2 signature over the sorted
 * parameters without {@code sign} and {@code sign_type}, then {@code app_id} and
 * {@code seller_id} must be ours, and {@code trade_status} says what happened.
 *
 * @param appId our application id
 * @param sellerId our merchant id
 * @param publicKey the key that signs the gateway's notifications
 */
record AlipayNotificationRules(String appId, String sellerId, PublicKey publicKey) {

	PaymentGateway.Verdict verify(Map<String, String> parameters) {
		String sign = parameters.get("sign");
		if (sign == null || !AlipaySignature
			.verify(AlipaySignature.content(parameters, AlipaySignature.NOTIFICATION_UNSIGNED), sign, this.publicKey)) {
			return new PaymentGateway.Refused("SIGNATURE_INVALID");
		}
		if (!this.appId.equals(parameters.get("app_id"))) {
			return new PaymentGateway.Refused("APP_ID_MISMATCH");
		}
		if (!this.sellerId.equals(parameters.get("seller_id"))) {
			return new PaymentGateway.Refused("SELLER_ID_MISMATCH");
		}
		PaymentGateway.Outcome outcome = outcome(parameters.get("trade_status"));
		if (outcome == null) {
			return new PaymentGateway.Refused("TRADE_STATUS_UNKNOWN");
		}
		try {
			return new PaymentGateway.Verified(UUID.fromString(parameters.getOrDefault("out_trade_no", "")),
					Money.cny(new BigDecimal(parameters.getOrDefault("total_amount", ""))), outcome,
					parameters.get("trade_no"));
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			// an out_trade_no that is none of our ids, or an amount not to the cent
			return new PaymentGateway.Refused("NOTIFICATION_MALFORMED");
		}
	}

	static PaymentGateway.@Nullable Outcome outcome(@Nullable String status) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case "TRADE_SUCCESS", "TRADE_FINISHED" -> PaymentGateway.Outcome.PAID;
			case "TRADE_CLOSED" -> PaymentGateway.Outcome.FAILED;
			case "WAIT_BUYER_PAY" -> PaymentGateway.Outcome.WAITING;
			default -> null;
		};
	}

}
