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
