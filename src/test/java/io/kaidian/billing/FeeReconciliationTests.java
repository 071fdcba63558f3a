package io.kaidian.billing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.FakeAlipay;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.TestAlipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A lost notification is not a lost payment (R-FEE-2; ADR 0024): the reconciliation asks
 * Alipay's gateway (a fake over real HTTP, signing with a key made in the test) about
 * payments pending longer than 15 minutes and settles them through the notification
 * rules; a gateway that is down or answers unsigned leaves them pending until it is up.
 */
class FeeReconciliationTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	private ApprovedSellers sellers;

	private FeesClient fees;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.fees = new FeesClient(this.api, baseUrl());
	}

	@AfterEach
	void gatewayUp() {
		TestAlipay.SERVER.mode(FakeAlipay.Mode.UP);
	}

	@Test
	void R_FEE_2_aLostNotificationIsSettledByReconciliationAndTheFeesArePaid() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		FeesClient.Paying deposit = this.fees.alipay(seller, "DEPOSIT");
		// the payer pays on Alipay's page; its notification never arrives
		TestAlipay.SERVER.paid(deposit.paymentId(), deposit.amount());

		// not pending long enough: not asked about yet
		this.clock.setInstant(now().plus(Duration.ofMinutes(14)));
		this.reconciliation.run();
		assertThat(queries(deposit.paymentId())).isZero();
		assertThat(statuses(deposit.paymentId())).containsExactly("PENDING");

		this.clock.setInstant(now().plus(Duration.ofMinutes(2)));
		this.reconciliation.run();
		assertThat(queries(deposit.paymentId())).isOne();
		assertThat(statuses(deposit.paymentId())).containsExactly("PENDING", "PAID");
		assertThat(this.fees.invoice(seller, "DEPOSIT").get("status").asString()).isEqualTo("PAID");
		assertThat(this.jdbc
			.sql("SELECT e.actor || ' ' || n.source || ' ' || (n.raw ->> 'trade_status') FROM billing_payment_event e "
					+ "JOIN billing_notification n ON n.id = e.notification_id WHERE e.payment_id = :id "
					+ "AND e.status = 'PAID'")
			.param("id", UUID.fromString(deposit.paymentId()))
			.query(String.class)
			.single()).isEqualTo("reconciliation:ALIPAY QUERY TRADE_SUCCESS");

		// the notification comes late, and the next run does not ask again: nothing
		// changes
		assertThat(this.fees
			.notify("alipay",
					TestAlipay
						.signed(FeesClient.alipayNotification(deposit.paymentId(), deposit.amount(), "TRADE_SUCCESS")))
			.body()).isEqualTo("success");
		this.reconciliation.run();
		assertThat(queries(deposit.paymentId())).isOne();
		assertThat(statuses(deposit.paymentId())).containsExactly("PENDING", "PAID");

		// the other fee through the sandbox: every fee paid, the exam is next
		String annual = this.fees
			.paid(seller, this.fees.invoice(seller, "ANNUAL_FEE").get("invoiceId").asString(), "SANDBOX")
			.get("paymentId")
			.asString();
		this.fees.sandbox(annual, "SUCCESS");
		await().atMost(FeesClient.WAIT).until(() -> this.fees.requirement(seller, "FEES").equals("DONE"));
		assertThat(this.fees.requirement(seller, "EXAM")).isEqualTo("DUE");
	}

	@Test
	void R_FEE_2_aGatewayThatIsDownOrUnsignedLeavesThePaymentPendingUntilItAnswers() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		FeesClient.Paying annual = this.fees.alipay(seller, "ANNUAL_FEE");
		TestAlipay.SERVER.waiting(annual.paymentId(), annual.amount());
		this.clock.setInstant(now().plus(Duration.ofMinutes(20)));

		// still waiting for the payer: nothing changes
		this.reconciliation.run();
		assertThat(statuses(annual.paymentId())).containsExactly("PENDING");

		// the payer pays, but the gateway is down: left pending, counted, asked again
		// later
		TestAlipay.SERVER.paid(annual.paymentId(), annual.amount());
		TestAlipay.SERVER.mode(FakeAlipay.Mode.DOWN);
		double errors = count("gateway-error");
		this.reconciliation.run();
		assertThat(count("gateway-error")).isGreaterThan(errors);
		assertThat(statuses(annual.paymentId())).containsExactly("PENDING");

		// an answer not signed by Alipay is refused, kept and counted
		TestAlipay.SERVER.mode(FakeAlipay.Mode.FORGED);
		double refused = count("refused");
		this.reconciliation.run();
		assertThat(count("refused")).isGreaterThan(refused);
		assertThat(statuses(annual.paymentId())).containsExactly("PENDING");
		assertThat(this.jdbc
			.sql("SELECT reason FROM billing_notification WHERE payment_id = :id AND outcome = 'REFUSED' "
					+ "AND source = 'QUERY'")
			.param("id", UUID.fromString(annual.paymentId()))
			.query(String.class)
			.list()).containsExactly("SIGNATURE_INVALID");

		// up again: the next run settles it
		TestAlipay.SERVER.mode(FakeAlipay.Mode.UP);
		this.clock.setInstant(now().plus(Duration.ofMinutes(5)));
		this.reconciliation.run();
		assertThat(statuses(annual.paymentId())).containsExactly("PENDING", "PAID");
		assertThat(this.fees.invoice(seller, "ANNUAL_FEE").get("status").asString()).isEqualTo("PAID");
	}

	@Test
	void R_FEE_2_aPaymentAlipayNeverSawIsAbandonedAfterADayAndALateSuccessStillPays() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		FeesClient.Paying deposit = this.fees.alipay(seller, "DEPOSIT");

		this.clock.setInstant(now().plus(Duration.ofMinutes(30)));
		this.reconciliation.run();
		assertThat(statuses(deposit.paymentId())).containsExactly("PENDING");
		this.clock.setInstant(now().plus(Duration.ofDays(1)));
		this.reconciliation.run();
		assertThat(statuses(deposit.paymentId())).containsExactly("PENDING", "ABANDONED");
		int asked = queries(deposit.paymentId());
		this.reconciliation.run();
		assertThat(queries(deposit.paymentId())).isEqualTo(asked);

		assertThat(this.fees
			.notify("alipay",
					TestAlipay
						.signed(FeesClient.alipayNotification(deposit.paymentId(), deposit.amount(), "TRADE_SUCCESS")))
			.body()).isEqualTo("success");
		assertThat(statuses(deposit.paymentId())).containsExactly("PENDING", "ABANDONED", "PAID");
	}

	private int queries(String paymentId) {
		return (int) TestAlipay.SERVER.requests("alipay.trade.query")
			.stream()
			.filter((r) -> r.get("biz_content").contains(paymentId))
			.count();
	}

	private double count(String outcome) {
		return this.meters.counter("kaidian.billing.reconciliation", "outcome", outcome).count();
	}

	private List<String> statuses(String paymentId) {
		return this.jdbc.sql("SELECT status FROM billing_payment_event WHERE payment_id = :id ORDER BY id")
			.param("id", UUID.fromString(paymentId))
			.query(String.class)
			.list();
	}

}
