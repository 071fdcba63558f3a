package io.kaidian.billing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.kaidian.platform.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox gateway signs its notifications as Alipay does and verifies them with the
 * same rules (ADR 0023); switched off (production) it takes nothing (R-FEE-2).
 */
class SandboxGatewayTests {

	private static final UUID PAYMENT = UUID.fromString("0b0e5b1e-8f5f-4d36-9d0e-3b8f2a1c9e01");

	@Test
	void R_FEE_2_itsOwnSignedNotificationVerifiesAndATamperedOneDoesNot() {
		SandboxGateway sandbox = sandbox(true);
		Map<String, String> notification = sandbox.notification(PAYMENT, Money.cny("5000.00"), true);

		assertThat(sandbox.verify(notification)).isEqualTo(new PaymentGateway.Verified(PAYMENT, Money.cny("5000.00"),
				PaymentGateway.Outcome.PAID, notification.get("trade_no")));
		Map<String, String> tampered = new HashMap<>(notification);
		tampered.put("total_amount", "4999.99");
		assertThat(sandbox.verify(tampered)).isEqualTo(new PaymentGateway.Refused("SIGNATURE_INVALID"));
		assertThat(sandbox(true).verify(notification)).as("another instance's key")
			.isEqualTo(new PaymentGateway.Refused("SIGNATURE_INVALID"));
	}

	@Test
	void R_FEE_2_itAnswersQueriesAboutItsOwnTradesAndRefundsEachRefundIdOnce() {
		SandboxGateway sandbox = sandbox(true);
		assertThat(sandbox.query(PAYMENT)).isInstanceOf(PaymentGateway.NoTrade.class);

		// the payer paid on the sandbox page (whether or not its notification was
		// handled)
		sandbox.notification(PAYMENT, Money.cny("5000.00"), true);
		assertThat(sandbox.query(PAYMENT)).isInstanceOfSatisfying(PaymentGateway.Found.class,
				(found) -> assertThat(found.verified()).isEqualTo(new PaymentGateway.Verified(PAYMENT,
						Money.cny("5000.00"), PaymentGateway.Outcome.PAID, found.raw().get("trade_no"))));

		UUID refund = UUID.fromString("5d1e3b0a-3c55-4a8e-9d7e-0a2b9c4e1f20");
		PaymentGateway.RefundAnswer first = sandbox.refund(refund, PAYMENT, Money.cny("5000.00"), "exit");
		PaymentGateway.RefundAnswer again = sandbox.refund(refund, PAYMENT, Money.cny("5000.00"), "exit");
		assertThat(first.refunded()).isTrue();
		assertThat(first.raw()).containsEntry("fund_change", "Y");
		assertThat(again.refunded()).isTrue();
		assertThat(again.raw()).containsEntry("fund_change", "N");
	}

	@Test
	void R_FEE_2_switchedOffItOffersNothingAndRefusesEverything() {
		SandboxGateway sandbox = sandbox(false);

		assertThat(sandbox.available()).isFalse();
		assertThat(sandbox.verify(sandbox.notification(PAYMENT, Money.cny("1.00"), true)))
			.isEqualTo(new PaymentGateway.Refused("PROVIDER_UNAVAILABLE"));
	}

	private static SandboxGateway sandbox(boolean enabled) {
		return new SandboxGateway(new BillingProperties(URI.create("http://localhost:8080"), Duration.ofDays(180),
				Duration.ofHours(1), enabled,
				new BillingProperties.Alipay(URI.create("https://openapi.alipay.com/gateway.do"), "", "", "", "",
						"/api/v1/payments/notifications/alipay", "/seller/fees/return", ZoneId.of("Asia/Shanghai"),
						Duration.ofSeconds(5), Duration.ofSeconds(10)),
				new BillingProperties.Reconciliation(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofDays(1)),
				500, 100), Clock.systemUTC());
	}

}
