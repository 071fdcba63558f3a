package io.kaidian.billing;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;

/**
 * The port to a payment gateway (R-FEE-2; ADR 0023): where to send the payer, and what a
 * notification the gateway sent says once its signature and addressee are verified.
 * Everything after verification (the payment exists, the amount matches, the state moves
 * once) is the same for every gateway ({@link PaymentNotifications}).
 */
public interface PaymentGateway {

	/** The provider's name in the API, e.g. {@code ALIPAY}. */
	String provider();

	/** Whether it is configured and may take payments. */
	boolean available();

	/**
	 * Where the payer pays.
	 * @param paymentId our payment's id (the gateway's {@code out_trade_no})
	 * @param amount the amount to the cent
	 * @param subject what the payer sees it is for
	 */
	String redirectUrl(UUID paymentId, Money amount, String subject);

	/**
	 * Verifies a notification: the signature, and that it is addressed to us.
	 * @param parameters the notification's parameters as received
	 */
	Verdict verify(Map<String, String> parameters);

	/**
	 * Asks the gateway what became of a payment (reconciliation, ADR 0024).
	 * @param paymentId our payment's id (the gateway's {@code out_trade_no})
	 * @throws GatewayUnavailableException when the gateway cannot be reached or its
	 * answer cannot be read
	 */
	QueryAnswer query(UUID paymentId);

	/**
	 * Asks the gateway to refund (part of) a paid payment; asked again with the same
	 * refund id, it refunds once.
	 * @param refundId our refund's id (the gateway's {@code out_request_no})
	 * @param paymentId the payment refunded
	 * @param amount how much
	 * @param reason why, as the payer's statement shows it
	 * @throws GatewayUnavailableException when the gateway cannot be reached or its
	 * answer cannot be read: the refund may or may not have happened
	 */
	RefundAnswer refund(UUID refundId, UUID paymentId, Money amount, String reason);

	/** What the gateway answered about a payment. */
	sealed interface QueryAnswer {

		/** What the gateway answered, as kept with the payment's history. */
		Map<String, String> raw();

	}

	/**
	 * The gateway knows the trade and says what became of it.
	 *
	 * @param verified the trade as the gateway's signed answer describes it
	 * @param raw the answer
	 */
	record Found(Verified verified, Map<String, String> raw) implements QueryAnswer {
	}

	/**
	 * The gateway has no trade for the payment: the payer never reached its page.
	 *
	 * @param raw the answer
	 */
	record NoTrade(Map<String, String> raw) implements QueryAnswer {
	}

	/**
	 * An answer that cannot be trusted (its signature, or a trade other than asked).
	 *
	 * @param reason why, e.g. {@code SIGNATURE_INVALID}
	 * @param raw the answer
	 */
	record Untrusted(String reason, Map<String, String> raw) implements QueryAnswer {
	}

	/**
	 * The gateway's answer to a refund.
	 *
	 * @param refunded whether the money went back (now or at an earlier request with the
	 * same refund id)
	 * @param refusal the gateway's code when it refused, e.g.
	 * {@code ACQ.SELLER_BALANCE_NOT_ENOUGH}
	 * @param raw the answer
	 */
	record RefundAnswer(boolean refunded, @Nullable String refusal, Map<String, String> raw) {
	}

	/** What a notification said, or why it is refused. */
	sealed interface Verdict {

	}

	/**
	 * A verified notification.
	 *
	 * @param paymentId our payment's id, as the gateway echoes it
	 * @param amount the amount the gateway says was paid
	 * @param outcome what happened to the trade
	 * @param tradeNo the gateway's own trade number
	 */
	record Verified(UUID paymentId, Money amount, Outcome outcome, @Nullable String tradeNo) implements Verdict {
	}

	/**
	 * A notification refused before it touched any payment.
	 *
	 * @param reason why, e.g. {@code SIGNATURE_INVALID}
	 */
	record Refused(String reason) implements Verdict {
	}

	/** What a gateway says happened to a trade. */
	enum Outcome {

		/** the money arrived ({@code TRADE_SUCCESS}, {@code TRADE_FINISHED}) */
		PAID,

		/** the trade is closed unpaid ({@code TRADE_CLOSED}) */
		FAILED,

		/** not paid yet ({@code WAIT_BUYER_PAY}): changes nothing */
		WAITING

	}

}
