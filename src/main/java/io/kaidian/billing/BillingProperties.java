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
 */
@ConfigurationProperties("kaidian.billing")
public record BillingProperties(URI publicUrl, Duration notificationRetention, Duration notificationPurgeEvery,
		boolean sandboxEnabled, Alipay alipay) {

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
	 */
	public record Alipay(URI gatewayUrl, String appId, String sellerId, String appPrivateKey, String alipayPublicKey,
			String notifyPath, String returnPath, ZoneId zone) {

		/** Whether the adapter is configured. */
		public boolean enabled() {
			return !this.appId.isBlank() && !this.appPrivateKey.isBlank() && !this.alipayPublicKey.isBlank();
		}

	}

}
