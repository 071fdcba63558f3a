package io.kaidian.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.FakeAlipay;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;
import io.kaidian.support.TestAlipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Operators refund, waive and adjust invoices (R-FEE; ADR 0024; docs/guide/fees.md): a
 * refund is recorded against the payment and the refunds of a payment never add up to
 * more than it, even when sent at once; the same {@code out_request_no} refunds once at
 * Alipay's gateway (a fake over real HTTP); waivers and adjustments are appended and
 * audited, and a waived fee counts as paid.
 */
class FeeOperationsTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	JdbcClient jdbc;

	private ApprovedSellers sellers;

	private FeesClient fees;

	private String operator;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.fees = new FeesClient(this.api, baseUrl());
		this.operator = new StaffFixtures(this.api).operatorToken();
	}

	@AfterEach
	void gatewayUp() {
		TestAlipay.SERVER.mode(FakeAlipay.Mode.UP);
	}

	@Test
	void R_FEE_aRefundSentTwiceWithOneOutRequestNoRefundsOnce() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		FeesClient.Paying deposit = this.fees.paidThroughAlipay(seller, "DEPOSIT");

		// Alipay refunds, but its answer is lost: the refund waits, recorded once
		TestAlipay.SERVER.mode(FakeAlipay.Mode.ANSWER_LOST);
		Api.Reply first = refund(deposit.invoiceId(), deposit.amount(), "exit-" + deposit.paymentId());
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().get("status").asString()).isEqualTo("REQUESTED");
		String refundId = first.json().get("refundId").asString();
		assertThat(TestAlipay.SERVER.refunded(deposit.paymentId())).isEqualByComparingTo(deposit.amount());

		// the operator's retry with the same key is the same refund
		TestAlipay.SERVER.mode(FakeAlipay.Mode.UP);
		Api.Reply retried = refund(deposit.invoiceId(), deposit.amount(), "exit-" + deposit.paymentId());
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retried.json().get("refundId").asString()).isEqualTo(refundId);

		// the reconciliation sends it again with the same out_request_no: refunded once
		this.clock.setInstant(now().plus(Duration.ofMinutes(16)));
		this.reconciliation.run();
		List<String> requestNumbers = TestAlipay.SERVER.requests("alipay.trade.refund")
			.stream()
			.map((r) -> r.get("biz_content"))
			.filter((biz) -> biz.contains(deposit.paymentId()))
			.toList();
		assertThat(requestNumbers).hasSize(2).allMatch((biz) -> biz.contains("\"out_request_no\":\"" + refundId));
		assertThat(TestAlipay.SERVER.refunded(deposit.paymentId())).isEqualByComparingTo(deposit.amount());
		assertThat(refundStatuses(refundId)).containsExactly("REQUESTED", "REFUNDED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_refund WHERE invoice_id = :id")
			.param("id", UUID.fromString(deposit.invoiceId()))
			.query(Long.class)
			.single()).isOne();
		assertThat(this.fees.invoice(seller, "DEPOSIT").get("status").asString()).isEqualTo("REFUNDED");
		this.reconciliation.run();
		assertThat(TestAlipay.SERVER.requests("alipay.trade.refund")
			.stream()
			.filter((r) -> r.get("biz_content").contains(deposit.paymentId()))
			.count()).isEqualTo(2);
	}

	@Test
	void R_FEE_aRefundAboveWhatWasPaidIsRefusedAndChangesNothing() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		FeesClient.Paying deposit = this.fees.paidThroughAlipay(seller, "DEPOSIT");
		BigDecimal paid = new BigDecimal(deposit.amount());

		Api.Reply tooMuch = refund(deposit.invoiceId(), paid.add(new BigDecimal("0.01")).toPlainString(), null);
		assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
		assertThat(tooMuch.json().get("code").asString()).isEqualTo("REFUND_EXCEEDS_PAYMENT");
		assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
		assertThat(tooMuch.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refundsOf(deposit.invoiceId())).isZero();

		// part of it, then more than is left
		Api.Reply part = refund(deposit.invoiceId(), "1000.00", null);
		assertThat(part.status()).as(part.toString()).isEqualTo(201);
		assertThat(part.json().get("status").asString()).isEqualTo("REFUNDED");
		assertThat(this.fees.invoice(seller, "DEPOSIT").get("status").asString()).isEqualTo("PAID");
		String left = paid.subtract(new BigDecimal("1000.00")).toPlainString();
		Api.Reply rest = refund(deposit.invoiceId(), paid.toPlainString(), null);
		assertThat(rest.status()).isEqualTo(422);
		assertThat(rest.json().get("code").asString()).isEqualTo("REFUND_EXCEEDS_PAYMENT");
		assertThat(rest.json().get("errors").get(0).get("message").asString()).contains(left);
		assertThat(refundsOf(deposit.invoiceId())).isOne();
		assertThat(TestAlipay.SERVER.refunded(deposit.paymentId())).isEqualByComparingTo("1000.00");

		// an unpaid fee, a bad amount, no reason, a seller's token
		String annual = this.fees.invoice(seller, "ANNUAL_FEE").get("invoiceId").asString();
		Api.Reply unpaid = refund(annual, "1.00", null);
		assertThat(unpaid.status()).isEqualTo(409);
		assertThat(unpaid.json().get("code").asString()).isEqualTo("INVOICE_NOT_PAID");
		Api.Reply bad = this.api
			.post("/api/v1/admin/invoices/" + deposit.invoiceId() + "/refunds", Map.of("amount", "12.345"))
			.token(this.operator)
			.send();
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").valueStream().map((e) -> e.get("code").asString()))
			.containsExactlyInAnyOrder("AMOUNT_INVALID", "CHANGE_REASON_REQUIRED");
		assertThat(this.api
			.post("/api/v1/admin/invoices/" + deposit.invoiceId() + "/refunds",
					Map.of("amount", "1.00", "reason", "mine"))
			.token(seller.token())
			.send()
			.status()).isEqualTo(403);
		assertThat(refundsOf(deposit.invoiceId())).isOne();
	}

	@Test
	void R_FEE_concurrentRefundsNeverAddUpToMoreThanThePayment() throws Exception {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		FeesClient.Paying deposit = this.fees.paidThroughAlipay(seller, "DEPOSIT");
		BigDecimal paid = new BigDecimal(deposit.amount());
		String third = paid.divide(new BigDecimal(3), 2, RoundingMode.DOWN).toPlainString();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Api.Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Callable<Api.Reply> call = () -> {
					start.await();
					return new Api(baseUrl())
						.post("/api/v1/admin/invoices/" + deposit.invoiceId() + "/refunds",
								Map.of("amount", third, "reason", "closed voluntarily"))
						.token(this.operator)
						.send();
				};
				replies.add(pool.submit(call));
			}
			start.countDown();
			for (Future<Api.Reply> reply : replies) {
				statuses.add(reply.get().status());
				if (reply.get().status() == 422) {
					assertThat(reply.get().json().get("code").asString()).isEqualTo("REFUND_EXCEEDS_PAYMENT");
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).containsOnly(201, 422);
		assertThat(statuses.stream().filter((s) -> s == 201).count()).isEqualTo(3);
		BigDecimal recorded = this.jdbc.sql("SELECT SUM(amount) FROM billing_refund WHERE invoice_id = :id")
			.param("id", UUID.fromString(deposit.invoiceId()))
			.query(BigDecimal.class)
			.single();
		assertThat(recorded).isLessThanOrEqualTo(paid)
			.isEqualByComparingTo(new BigDecimal(third).multiply(BigDecimal.valueOf(3)));
		assertThat(TestAlipay.SERVER.refunded(deposit.paymentId())).isEqualByComparingTo(recorded);
	}

	@Test
	void R_FEE_waiversAndAdjustmentsAreAuditedAndAWaivedFeeCountsAsPaid() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		String annual = this.fees.invoice(seller, "ANNUAL_FEE").get("invoiceId").asString();
		String deposit = this.fees.invoice(seller, "DEPOSIT").get("invoiceId").asString();
		JsonNode pending = this.fees.paid(seller, annual, "SANDBOX");

		// the annual fee lowered: the seller is asked the new amount by a new payment
		Api.Reply adjusted = change(annual, "adjustments", Map.of("amount", "1234.50", "reason", "promotion"));
		assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
		assertThat(adjusted.json().get("amount").get("amount").asString()).isEqualTo("1234.50");
		assertThat(this.fees.invoice(seller, "ANNUAL_FEE").get("amount").get("amount").asString()).isEqualTo("1234.50");
		JsonNode payment = this.fees.paid(seller, annual, "SANDBOX");
		assertThat(payment.get("paymentId")).isNotEqualTo(pending.get("paymentId"));
		assertThat(this.fees.sandbox(payment.get("paymentId").asString(), "SUCCESS").body()).contains("PAID");
		assertThat(this.fees.requirement(seller, "FEES")).isEqualTo("DUE");

		// the deposit waived: nothing more is due, the exam is next
		Api.Reply noReason = change(deposit, "waiver", Map.of("reason", "  "));
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("code").asString()).isEqualTo("CHANGE_REASON_REQUIRED");
		Api.Reply waived = change(deposit, "waiver", Map.of("reason", "deposit guaranteed by the parent company"));
		assertThat(waived.status()).as(waived.toString()).isEqualTo(200);
		assertThat(waived.json().get("status").asString()).isEqualTo("WAIVED");
		assertThat(this.fees.invoice(seller, "DEPOSIT").get("status").asString()).isEqualTo("WAIVED");
		await().atMost(FeesClient.WAIT).until(() -> this.fees.requirement(seller, "FEES").equals("DONE"));
		assertThat(this.fees.requirement(seller, "EXAM")).isEqualTo("DUE");

		// what is settled no longer changes
		assertThat(change(deposit, "waiver", Map.of("reason", "again")).json().get("code").asString())
			.isEqualTo("INVOICE_WAIVED");
		assertThat(
				change(annual, "adjustments", Map.of("amount", "1.00", "reason", "late")).json().get("code").asString())
			.isEqualTo("INVOICE_PAID");
		Api.Reply payWaived = this.fees.pay(seller, deposit, "SANDBOX");
		assertThat(payWaived.status()).isEqualTo(409);
		assertThat(payWaived.json().get("code").asString()).isEqualTo("INVOICE_WAIVED");

		// audited, with who, why and the amounts
		JsonNode history = this.api.get("/api/v1/admin/sellers/" + seller.memberId() + "/history")
			.token(this.operator)
			.send()
			.json();
		List<JsonNode> changes = history.valueStream()
			.filter((entry) -> entry.get("subject").asString().startsWith("invoice:"))
			.toList();
		assertThat(changes).extracting((entry) -> entry.get("action").asString()).containsExactly("ADJUSTED", "WAIVED");
		assertThat(changes).extracting((entry) -> entry.get("reason").asString())
			.containsExactly("promotion", "deposit guaranteed by the parent company");
		assertThat(changes.get(0).get("actorKind").asString()).isEqualTo("STAFF");
		assertThat(changes.get(0).get("detail").get("amountAfter").asString()).isEqualTo("1234.50");
		assertThat(changes.get(1).get("toState").asString()).isEqualTo("WAIVED");

		// the adjustments are appended rows that never change
		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE billing_invoice_adjustment SET reason = 'x' WHERE invoice_id = :id")
					.param("id", UUID.fromString(deposit))
					.update())
			.hasMessageContaining("append-only");
	}

	private Api.Reply refund(String invoiceId, String amount, String key) {
		Api.Call call = this.api
			.post("/api/v1/admin/invoices/" + invoiceId + "/refunds",
					Map.of("amount", amount, "reason", "exit before opening"))
			.token(this.operator);
		return (key != null ? call.header("Idempotency-Key", key) : call).send();
	}

	private Api.Reply change(String invoiceId, String what, Map<String, String> body) {
		return this.api.post("/api/v1/admin/invoices/" + invoiceId + "/" + what, body).token(this.operator).send();
	}

	private long refundsOf(String invoiceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM billing_refund WHERE invoice_id = :id")
			.param("id", UUID.fromString(invoiceId))
			.query(Long.class)
			.single();
	}

	private List<String> refundStatuses(String refundId) {
		return this.jdbc.sql("SELECT status FROM billing_refund_event WHERE refund_id = :id ORDER BY id")
			.param("id", UUID.fromString(refundId))
			.query(String.class)
			.list();
	}

}
