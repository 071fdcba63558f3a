package io.kaidian.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.money.Money;

/**
 * Every gateway's notifications, after the adapter verified signature and addressee
 * (R-FEE-2; ADR 0023): the payment must exist and be of that gateway, the amount must be
 * the payment's to the cent, and a payment ends once. Notifications are at-least-once and
 * unordered, so a replay or a late {@code WAIT_BUYER_PAY} changes nothing; a refused one
 * changes nothing but is kept, counted and logged. When the last invoice of an
 * application is paid, {@link FeesPaid} is published.
 */
@Service
public class PaymentNotifications {

	private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

	private final JdbcClient jdbc;

	private final PaymentGateways gateways;

	private final Payments payments;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Clock clock;

	private final BillingProperties properties;

	PaymentNotifications(JdbcClient jdbc, PaymentGateways gateways, Payments payments, ApplicationEventPublisher events,
			JsonMapper json, MeterRegistry meters, Clock clock, BillingProperties properties) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.gateways = gateways;
		this.payments = payments;
		this.events = events;
		this.json = json;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Handles one notification.
	 * @param provider the gateway it claims to come from
	 * @param parameters its parameters as received
	 * @return whether it was handled (the gateway may stop sending it); false if refused
	 */
	@Transactional
	public boolean receive(String provider, Map<String, String> parameters) {
		PaymentGateway.Verdict verdict = this.gateways.find(provider)
			.map((gateway) -> gateway.verify(parameters))
			.orElse(new PaymentGateway.Refused("PROVIDER_UNKNOWN"));
		if (verdict instanceof PaymentGateway.Refused refused) {
			refuse(provider, null, refused.reason(), parameters);
			return false;
		}
		PaymentGateway.Verified verified = (PaymentGateway.Verified) verdict;
		Optional<Target> found = lock(verified.paymentId(), provider);
		if (found.isEmpty()) {
			refuse(provider, null, "PAYMENT_UNKNOWN", parameters);
			return false;
		}
		Target target = found.get();
		if (!target.amount().equals(verified.amount())) {
			refuse(provider, target.paymentId(), "AMOUNT_MISMATCH", parameters);
			return false;
		}
		apply(provider, target, verified, parameters);
		return true;
	}

	private void apply(String provider, Target target, PaymentGateway.Verified verified,
			Map<String, String> parameters) {
		PaymentStatus next = switch (verified.outcome()) {
			case PAID -> PaymentStatus.PAID;
			case FAILED -> PaymentStatus.FAILED;
			case WAITING -> null;
		};
		boolean ended = target.status() == PaymentStatus.PAID || target.status() == PaymentStatus.FAILED;
		if (next == null || ended || (next == PaymentStatus.PAID && target.invoicePaid())) {
			String reason = (next == PaymentStatus.PAID && target.invoicePaid()
					&& target.status() != PaymentStatus.PAID) ? "INVOICE_PAID_BY_ANOTHER_PAYMENT" : null;
			if (reason != null) {
				// real money arrived twice for one invoice: an operator refunds it
				log.error("R-FEE-2: payment {} succeeded but invoice {} was already paid", target.paymentId(),
						target.invoiceId());
				this.meters.counter("kaidian.billing.notifications", "outcome", "double-payment").increment();
			}
			record(provider, target.paymentId(), "UNCHANGED", reason, parameters);
			return;
		}
		long notification = record(provider, target.paymentId(), "APPLIED", null, parameters);
		this.payments.append(target.paymentId(), target.invoiceId(), next, "gateway:" + provider, verified.tradeNo(),
				notification);
		log.info("R-FEE-2: payment {} of invoice {} is {}", target.paymentId(), target.invoiceId(), next);
		if (next == PaymentStatus.PAID) {
			feesPaidIfLast(target);
		}
	}

	/** Publishes {@link FeesPaid} when this was the application's last unpaid invoice. */
	private void feesPaidIfLast(Target target) {
		List<Invoice> invoices = this.jdbc
			.sql("SELECT " + Invoices.COLUMNS + " FROM billing_invoice i WHERE i.application_id = :application "
					+ "ORDER BY i.kind")
			.param("application", target.applicationId())
			.query((rs, row) -> Invoices.invoice(rs))
			.list();
		if (invoices.stream().allMatch((i) -> i.status() == InvoiceStatus.PAID)) {
			this.events.publishEvent(new FeesPaid(target.sellerId(), target.memberId(), target.applicationId(),
					invoices, this.clock.instant()));
			log.info("R-FEE: every fee of application {} is paid", target.applicationId());
		}
	}

	/**
	 * The payment and its invoice, with every invoice of its application locked (in id
	 * order), so notifications and payment requests for them take turns.
	 */
	private Optional<Target> lock(UUID paymentId, String provider) {
		Optional<UUID> application = this.jdbc
			.sql("SELECT i.application_id FROM billing_payment p JOIN billing_invoice i ON i.id = p.invoice_id "
					+ "WHERE p.id = :payment AND p.provider = :provider")
			.param("payment", paymentId)
			.param("provider", provider)
			.query(UUID.class)
			.optional();
		if (application.isEmpty()) {
			return Optional.empty();
		}
		this.jdbc.sql("SELECT id FROM billing_invoice WHERE application_id = :application ORDER BY id FOR UPDATE")
			.param("application", application.get())
			.query(UUID.class)
			.list();
		return this.jdbc
			.sql("SELECT p.id, p.invoice_id, p.amount, p.currency, i.application_id, i.seller_id, i.member_id, "
					+ "(SELECT e.status FROM billing_payment_event e WHERE e.payment_id = p.id ORDER BY e.id DESC "
					+ "LIMIT 1) AS status, EXISTS (SELECT 1 FROM billing_payment_event e WHERE e.invoice_id = i.id "
					+ "AND e.status = 'PAID') AS invoice_paid FROM billing_payment p "
					+ "JOIN billing_invoice i ON i.id = p.invoice_id WHERE p.id = :payment")
			.param("payment", paymentId)
			.query((rs, row) -> new Target(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
					rs.getObject("application_id", UUID.class), rs.getObject("seller_id", UUID.class),
					rs.getString("member_id"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status")), rs.getBoolean("invoice_paid")))
			.optional();
	}

	/**
	 * Deletes the notifications received longer ago than
	 * {@code kaidian.billing.notification-retention}; the payments' states stay.
	 * @return how many were deleted
	 */
	public int purgeExpired() {
		int purged = this.jdbc.sql("DELETE FROM billing_notification WHERE received_at < :before")
			.param("before",
					OffsetDateTime.now(this.clock)
						.withOffsetSameInstant(ZoneOffset.UTC)
						.minus(this.properties.notificationRetention()))
			.update();
		if (purged > 0) {
			log.info("Deleted {} gateway notification(s) past their retention", purged);
		}
		return purged;
	}

	private void refuse(String provider, @Nullable UUID paymentId, String reason, Map<String, String> parameters) {
		record(provider, paymentId, "REFUSED", reason, parameters);
		this.meters.counter("kaidian.billing.notifications", "outcome", "refused").increment();
		log.warn("R-FEE-2: refused a {} notification ({}) for payment {}", provider, reason,
				parameters.get("out_trade_no"));
	}

	private long record(String provider, @Nullable UUID paymentId, String outcome, @Nullable String reason,
			Map<String, String> parameters) {
		return this.jdbc
			.sql("INSERT INTO billing_notification (provider, received_at, payment_id, outcome, reason, raw) "
					+ "VALUES (:provider, :at, :payment, :outcome, :reason, CAST(:raw AS JSONB)) RETURNING id")
			.param("provider", provider)
			.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("payment", paymentId)
			.param("outcome", outcome)
			.param("reason", reason)
			.param("raw", this.json.writeValueAsString(parameters))
			.query(Long.class)
			.single();
	}

	private record Target(UUID paymentId, UUID invoiceId, UUID applicationId, UUID sellerId, String memberId,
			Money amount, PaymentStatus status, boolean invoicePaid) {
	}

}
