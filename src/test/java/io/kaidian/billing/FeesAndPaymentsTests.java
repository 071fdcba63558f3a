package io.kaidian.billing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.BusinessScope;
import io.kaidian.settlement.Offers;
import io.kaidian.settlement.SalesPlan;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.TestAlipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fees and payments (R-FEE-1, R-FEE-2; API.md "Fees"; ADR 0023): invoices issued on
 * approval, payment through the sandbox and through Alipay's signed notifications, which
 * are at-least-once, unordered and sometimes forged.
 */
class FeesAndPaymentsTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	Offers offers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaymentNotifications notifications;

	private ApprovedSellers sellers;

	private FeesClient fees;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.fees = new FeesClient(this.api, baseUrl());
	}

	@Test
	void R_FEE_1_approvalIssuesTheFeesAndPayingThemInTheSandboxMovesTheChecklistToTheExam() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		BusinessScope apparel = this.offers.scope("APPAREL").orElseThrow();

		JsonNode annual = this.fees.invoice(seller, "ANNUAL_FEE");
		JsonNode deposit = this.fees.invoice(seller, "DEPOSIT");
		assertThat(annual.get("amount").get("amount").asString())
			.isEqualTo(apparel.annualFee(SalesPlan.BASIC).amount().toPlainString());
		assertThat(deposit.get("amount").get("amount").asString())
			.isEqualTo(apparel.deposit().amount().toPlainString());
		assertThat(annual.get("amount").get("currency").asString()).isEqualTo("CNY");
		assertThat(List.of(annual.get("status").asString(), deposit.get("status").asString())).containsOnly("DUE");
		assertThat(this.fees.requirement(seller, "FEES")).isEqualTo("DUE");
		assertThat(this.fees.requirement(seller, "EXAM")).isEqualTo("BLOCKED");

		// the payer gives up: nothing is paid; a new payment goes through
		JsonNode failed = this.fees.paid(seller, annual.get("invoiceId").asString(), "SANDBOX");
		assertThat(failed.get("redirectUrl").asString())
			.isEqualTo("/sandbox/payments/" + failed.get("paymentId").asString());
		assertThat(this.fees.sandbox(failed.get("paymentId").asString(), "FAILURE").statusCode()).isEqualTo(200);
		assertThat(this.fees.invoice(seller, "ANNUAL_FEE").get("status").asString()).isEqualTo("DUE");
		JsonNode second = this.fees.paid(seller, annual.get("invoiceId").asString(), "SANDBOX");
		assertThat(second.get("paymentId").asString()).isNotEqualTo(failed.get("paymentId").asString());
		assertThat(this.fees.sandbox(second.get("paymentId").asString(), "SUCCESS").body()).contains("PAID");
		assertThat(this.fees.invoice(seller, "ANNUAL_FEE").get("status").asString()).isEqualTo("PAID");
		assertThat(this.fees.requirement(seller, "FEES")).isEqualTo("DUE");

		// a paid invoice is not paid again
		Api.Reply again = this.fees.pay(seller, annual.get("invoiceId").asString(), "SANDBOX");
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("INVOICE_PAID");

		// a retry with the same Idempotency-Key gets the first answer
		Api.Reply first = this.api
			.post("/api/v1/me/invoices/" + deposit.get("invoiceId").asString() + "/payments",
					Map.of("provider", "SANDBOX"))
			.token(seller.token())
			.header("Idempotency-Key", "deposit-" + seller.memberId())
			.send();
		Api.Reply retried = this.api
			.post("/api/v1/me/invoices/" + deposit.get("invoiceId").asString() + "/payments",
					Map.of("provider", "SANDBOX"))
			.token(seller.token())
			.header("Idempotency-Key", "deposit-" + seller.memberId())
			.send();
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retried.json().get("paymentId")).isEqualTo(first.json().get("paymentId"));
		this.fees.sandbox(first.json().get("paymentId").asString(), "SUCCESS");

		// every fee paid: the exam is next, and the seller has a receipt
		await().atMost(FeesClient.WAIT).until(() -> this.fees.requirement(seller, "FEES").equals("DONE"));
		assertThat(this.fees.requirement(seller, "EXAM")).isEqualTo("DUE");
		await().atMost(FeesClient.WAIT).until(() -> !mailTo(seller.email(), "Receipt").isEmpty());
		String receipt = body(mailTo(seller.email(), "Receipt").get(0));
		assertThat(receipt).contains(apparel.annualFee(SalesPlan.BASIC).amount().toPlainString())
			.contains(apparel.deposit().amount().toPlainString())
			.doesNotContain("R-FEE");
	}

	@Test
	void R_FEE_2_alipayNotificationsPayOnceWhateverTheOrderAndForgedOnesChangeNothing() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		JsonNode annual = this.fees.invoice(seller, "ANNUAL_FEE");
		String invoiceId = annual.get("invoiceId").asString();
		String amount = annual.get("amount").get("amount").asString();

		// the page pay request, signed with our key
		JsonNode started = this.fees.paid(seller, invoiceId, "ALIPAY");
		String paymentId = started.get("paymentId").asString();
		assertThat(started.get("redirectUrl").asString()).startsWith(TestAlipay.GATEWAY + "?");
		Map<String, String> request = FeesClient.query(started.get("redirectUrl").asString());
		assertThat(TestAlipay.signedByUs(request)).isTrue();
		assertThat(request).containsEntry("method", "alipay.trade.page.pay")
			.containsEntry("app_id", TestAlipay.APP_ID)
			.containsEntry("sign_type", "RSA2")
			.containsEntry("notify_url", "http://localhost:8080/api/v1/payments/notifications/alipay");
		assertThat(request.get("biz_content")).contains("\"out_trade_no\":\"" + paymentId + "\"")
			.contains("\"total_amount\":\"" + amount + "\"");

		// forged, mismatched and unknown notifications are refused and change nothing
		Map<String, String> success = notification(paymentId, amount, "TRADE_SUCCESS");
		List<Map<String, String>> refused = List.of(TestAlipay.forged(success),
				TestAlipay.signed(with(success, "total_amount",
						new java.math.BigDecimal(amount).subtract(new java.math.BigDecimal("0.01")).toPlainString())),
				TestAlipay.signed(with(success, "app_id", "2021999999999999")),
				TestAlipay.signed(with(success, "seller_id", "2088999999999999")),
				TestAlipay.signed(with(success, "out_trade_no", UUID.randomUUID().toString())));
		for (Map<String, String> notification : refused) {
			HttpResponse<String> answer = this.fees.notify("alipay", notification);
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.body()).isNotEqualTo("success");
		}
		assertThat(this.fees.invoice(seller, "ANNUAL_FEE").get("status").asString()).isEqualTo("DUE");
		assertThat(statuses(paymentId)).containsExactly("PENDING");
		assertThat(refusals(paymentId, success)).containsExactlyInAnyOrder("SIGNATURE_INVALID", "AMOUNT_MISMATCH",
				"APP_ID_MISMATCH", "SELLER_ID_MISMATCH", "PAYMENT_UNKNOWN");

		// out of order: waiting, paid, then a late waiting and a closed: paid once, for
		// good
		assertThat(
				this.fees.notify("alipay", TestAlipay.signed(notification(paymentId, amount, "WAIT_BUYER_PAY"))).body())
			.isEqualTo("success");
		assertThat(statuses(paymentId)).containsExactly("PENDING");
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> answer = this.fees.notify("alipay", TestAlipay.signed(success));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("success");
		}
		assertThat(
				this.fees.notify("alipay", TestAlipay.signed(notification(paymentId, amount, "WAIT_BUYER_PAY"))).body())
			.isEqualTo("success");
		assertThat(
				this.fees.notify("alipay", TestAlipay.signed(notification(paymentId, amount, "TRADE_FINISHED"))).body())
			.isEqualTo("success");
		assertThat(
				this.fees.notify("alipay", TestAlipay.signed(notification(paymentId, amount, "TRADE_CLOSED"))).body())
			.isEqualTo("success");
		assertThat(statuses(paymentId)).containsExactly("PENDING", "PAID");
		assertThat(this.fees.invoice(seller, "ANNUAL_FEE").get("status").asString()).isEqualTo("PAID");
		assertThat(this.jdbc
			.sql("SELECT raw ->> 'trade_no' FROM billing_notification n JOIN billing_payment_event e "
					+ "ON e.notification_id = n.id WHERE e.payment_id = :id AND e.status = 'PAID'")
			.param("id", UUID.fromString(paymentId))
			.query(String.class)
			.single()).isEqualTo("2026120322001400000000" + paymentId.substring(0, 4));

		// the raw notifications are kept for their retention, the payment's states for
		// good
		this.clock.setInstant(now().plus(Duration.ofDays(179)));
		this.notifications.purgeExpired();
		assertThat(notificationsOf(paymentId)).isPositive();
		this.clock.setInstant(now().plus(Duration.ofDays(2)));
		assertThat(this.notifications.purgeExpired()).isPositive();
		assertThat(notificationsOf(paymentId)).isZero();
		assertThat(statuses(paymentId)).containsExactly("PENDING", "PAID");
	}

	private long notificationsOf(String paymentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM billing_notification WHERE payment_id = :id")
			.param("id", UUID.fromString(paymentId))
			.query(Long.class)
			.single();
	}

	@Test
	void R_FEE_2_sixteenConcurrentPaymentRequestsForOneInvoiceMakeOneLivePayment() throws Exception {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.fees.approve(seller);
		String invoiceId = this.fees.invoice(seller, "DEPOSIT").get("invoiceId").asString();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<Api.Reply>> replies = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				Callable<Api.Reply> call = () -> {
					start.await();
					return new Api(baseUrl())
						.post("/api/v1/me/invoices/" + invoiceId + "/payments", Map.of("provider", "ALIPAY"))
						.token(seller.token())
						.send();
				};
				replies.add(pool.submit(call));
			}
			start.countDown();
			Set<String> payments = new java.util.HashSet<>();
			for (Future<Api.Reply> reply : replies) {
				assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
				payments.add(reply.get().json().get("paymentId").asString());
			}
			assertThat(payments).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE invoice_id = :id")
			.param("id", UUID.fromString(invoiceId))
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	private static Map<String, String> notification(String paymentId, String amount, String status) {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("notify_time", "2026-12-03 10:00:00");
		parameters.put("notify_type", "trade_status_sync");
		parameters.put("notify_id", "ac05099524730693a8b330c5ecf72da9" + status.length());
		parameters.put("app_id", TestAlipay.APP_ID);
		parameters.put("seller_id", TestAlipay.SELLER_ID);
		parameters.put("charset", "utf-8");
		parameters.put("version", "1.0");
		parameters.put("trade_no", "2026120322001400000000" + paymentId.substring(0, 4));
		parameters.put("out_trade_no", paymentId);
		parameters.put("total_amount", amount);
		parameters.put("trade_status", status);
		return parameters;
	}

	private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
		Map<String, String> changed = new HashMap<>(parameters);
		changed.put(name, value);
		changed.remove("sign");
		changed.remove("sign_type");
		return changed;
	}

	private List<String> statuses(String paymentId) {
		return this.jdbc.sql("SELECT status FROM billing_payment_event WHERE payment_id = :id ORDER BY id")
			.param("id", UUID.fromString(paymentId))
			.query(String.class)
			.list();
	}

	/**
	 * The reasons of the refused notifications naming this payment or the test's unknown
	 * one.
	 */
	private List<String> refusals(String paymentId, Map<String, String> success) {
		return this.jdbc
			.sql("SELECT reason FROM billing_notification WHERE outcome = 'REFUSED' AND raw ->> 'trade_no' = :tradeNo")
			.param("tradeNo", success.get("trade_no"))
			.query(String.class)
			.list();
	}

	private static List<MimeMessage> mailTo(String email, String subject) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equalsIgnoreCase(email) && m.getSubject().contains(subject);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).collect(Collectors.toList());
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
