package io.kaidian.billing;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the billing module ({@code kaidian.billing.*}).
 *
 * @param publicUrl the service's address as a payer's browser and a gateway reach it
 * (return and notification URLs are built on it)
 * @param notificationRetention how long raw gateway notifications are kept
 * @param notificationPurgeEvery how often notifications past their retention are deleted
 * @param sandboxEnabled whether the sandbox gateway takes payments (never in production:
 * it pays without money)
 * @param alipay the Alipay adapter; it is offered only when its app id is set
 * @param reconciliation asking the gateways about payments and refunds without an answer
 * @param reasonMaxLength the longest reason an operator gives for a refund, waiver or
 * adjustment
 * @param listLimit the most rows an operator's list of payments, notifications or refunds
 * shows
 */
@ConfigurationProperties("kaidian.billing")
public record BillingProperties(URI publicUrl, Duration notificationRetention, Duration notificationPurgeEvery,
		boolean sandboxEnabled, Alipay alipay, Reconciliation reconciliation, int reasonMaxLength, int listLimit) {

	/**
	 * The reconciliation task (ADR 0024).
	 *
	 * @param every how often it runs
	 * @param pendingAfter a payment (or refund) without an answer for this long is asked
	 * about
	 * @param giveUpAfter a payment the gateway still has no trade for after this long is
	 * abandoned (a late success still pays)
	 */
	public record Reconciliation(Duration every, Duration pendingAfter, Duration giveUpAfter) {
	}

	/**
	 * Alipay's open platform (docs/guide/operations.md, "Alipay").
	 *
	 * @param gatewayUrl Alipay's gateway, e.g.
	 * {@code https://openapi.alipay.com/gateway.do}
	 * @param appId our application's id; notifications for another are refused
	 * @param sellerId our merchant's {@code seller_id} (PID); notifications for another
	 * are refused
	 * @param appPrivateKey our RSA private key, PKCS#8, Base64 (signs requests)
	 * @param alipayPublicKey Alipay's RSA public key, X.509, Base64 (verifies
	 * notifications)
	 * @param notifyPath where Alipay posts notifications, under {@code publicUrl}
	 * @param returnPath where Alipay sends the payer back, under {@code publicUrl}
	 * @param zone the time zone of Alipay's {@code timestamp} parameter
	 * @param connectTimeout the longest wait to connect to the gateway
	 * @param requestTimeout the longest wait for the gateway's answer to a query or
	 * refund
	 */
	public record Alipay(URI gatewayUrl, String appId, String sellerId, String appPrivateKey, String alipayPublicKey,
			String notifyPath, String returnPath, ZoneId zone, Duration connectTimeout, Duration requestTimeout) {

		/** Whether the adapter is configured. */
		public boolean enabled() {
			return !this.appId.isBlank() && !this.appPrivateKey.isBlank() && !this.alipayPublicKey.isBlank();
		}

	}

}
