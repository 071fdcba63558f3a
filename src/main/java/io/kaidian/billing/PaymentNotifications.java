package io.kaidian.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

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

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Clock clock;

	private final BillingProperties properties;

	private final Invoices invoices;

	PaymentNotifications(JdbcClient jdbc, PaymentGateways gateways, Payments payments, JsonMapper json,
			MeterRegistry meters, Clock clock, BillingProperties properties, Invoices invoices) {
		this.properties = properties;
		this.invoices = invoices;
		this.jdbc = jdbc;
		this.gateways = gateways;
		this.payments = payments;
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
			refuse(provider, null, refused.reason(), parameters, Source.NOTIFICATION);
			return false;
		}
		return apply(provider, (PaymentGateway.Verified) verdict, parameters, Source.NOTIFICATION) != Result.REFUSED;
	}

	/**
	 * Settles a payment from the gateway's signed answer to our query (reconciliation,
	 * ADR 0024), through the same rules as a notification: an answer that is late or
	 * repeated changes nothing.
	 * @return what it did
	 */
	@Transactional
	Result settle(String provider, PaymentGateway.Verified verified, Map<String, String> answer) {
		return apply(provider, verified, answer, Source.QUERY);
	}

	/**
	 * Abandons a payment still pending that the gateway has no trade for (the payer never
	 * reached its page); a success that still comes pays the invoice.
	 * @return whether it was pending and is now abandoned
	 */
	@Transactional
	boolean abandon(String provider, UUID paymentId, Map<String, String> answer) {
		Optional<Target> found = lock(paymentId, provider);
		if (found.isEmpty() || found.get().status() != PaymentStatus.PENDING) {
			return false;
		}
		long kept = record(provider, paymentId, "APPLIED", "NO_TRADE", answer, Source.QUERY);
		this.payments.append(paymentId, found.get().invoiceId(), PaymentStatus.ABANDONED, Source.QUERY.actor(provider),
				null, kept);
		log.info("R-FEE-2: payment {} abandoned: {} has no trade for it", paymentId, provider);
		return true;
	}

	/** Keeps and counts a gateway's answer to our query that cannot be trusted. */
	@Transactional
	void refuseAnswer(String provider, UUID paymentId, String reason, Map<String, String> answer) {
		refuse(provider, paymentId, reason, answer, Source.QUERY);
	}

	private Result apply(String provider, PaymentGateway.Verified verified, Map<String, String> parameters,
			Source source) {
		Optional<Target> found = lock(verified.paymentId(), provider);
		if (found.isEmpty()) {
			refuse(provider, null, "PAYMENT_UNKNOWN", parameters, source);
			return Result.REFUSED;
		}
		Target target = found.get();
		if (!target.amount().equals(verified.amount())) {
			refuse(provider, target.paymentId(), "AMOUNT_MISMATCH", parameters, source);
			return Result.REFUSED;
		}
		return move(provider, target, verified, parameters, source);
	}

	private Result move(String provider, Target target, PaymentGateway.Verified verified,
			Map<String, String> parameters, Source source) {
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
			record(provider, target.paymentId(), "UNCHANGED", reason, parameters, source);
			return Result.UNCHANGED;
		}
		long notification = record(provider, target.paymentId(), "APPLIED", null, parameters, source);
		this.payments.append(target.paymentId(), target.invoiceId(), next, source.actor(provider), verified.tradeNo(),
				notification);
		log.info("R-FEE-2: payment {} of invoice {} is {} ({})", target.paymentId(), target.invoiceId(), next, source);
		if (next == PaymentStatus.PAID && target.invoiceWaived()) {
			// the money is recorded; the operator may refund it
			log.warn("R-FEE-2: payment {} paid invoice {}, which was waived", target.paymentId(), target.invoiceId());
			this.meters.counter("kaidian.billing.notifications", "outcome", "paid-after-waiver").increment();
		}
		else if (next == PaymentStatus.PAID) {
			this.invoices.feesPaidIfSettled(target.applicationId(), target.sellerId(), target.memberId());
		}
		return Result.CHANGED;
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
		this.invoices.lockApplication(application.get());
		return this.jdbc
			.sql("SELECT p.id, p.invoice_id, p.amount, p.currency, i.application_id, i.seller_id, i.member_id, "
					+ "(SELECT e.status FROM billing_payment_event e WHERE e.payment_id = p.id ORDER BY e.id DESC "
					+ "LIMIT 1) AS status, EXISTS (SELECT 1 FROM billing_payment_event e WHERE e.invoice_id = i.id "
					+ "AND e.status = 'PAID') AS invoice_paid, EXISTS (SELECT 1 FROM billing_invoice_adjustment a "
					+ "WHERE a.invoice_id = i.id AND a.kind = 'WAIVED') AS invoice_waived FROM billing_payment p "
					+ "JOIN billing_invoice i ON i.id = p.invoice_id WHERE p.id = :payment")
			.param("payment", paymentId)
			.query((rs, row) -> new Target(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
					rs.getObject("application_id", UUID.class), rs.getObject("seller_id", UUID.class),
					rs.getString("member_id"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status")), rs.getBoolean("invoice_paid"),
					rs.getBoolean("invoice_waived")))
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

	private void refuse(String provider, @Nullable UUID paymentId, String reason, Map<String, String> parameters,
			Source source) {
		record(provider, paymentId, "REFUSED", reason, parameters, source);
		this.meters.counter(source.meter(), "outcome", "refused").increment();
		log.warn("R-FEE-2: refused a {} {} ({}) for payment {}", provider, source, reason,
				(paymentId != null) ? paymentId : parameters.get("out_trade_no"));
	}

	/**
	 * Keeps what a gateway said, raw, for {@code kaidian.billing.notification-retention}.
	 * @return its id, for the state change it caused
	 */
	long record(String provider, @Nullable UUID paymentId, String outcome, @Nullable String reason,
			Map<String, String> parameters, Source source) {
		return this.jdbc
			.sql("INSERT INTO billing_notification (provider, received_at, payment_id, outcome, reason, raw, source) "
					+ "VALUES (:provider, :at, :payment, :outcome, :reason, CAST(:raw AS JSONB), :source) RETURNING id")
			.param("source", source.name())
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
			Money amount, PaymentStatus status, boolean invoicePaid, boolean invoiceWaived) {
	}

	/** What a gateway's word did to its payment. */
	enum Result {

		/** it moved the payment */
		CHANGED,

		/** it was verified, but the payment had already moved (or was not to move) */
		UNCHANGED,

		/** it was refused and changed nothing */
		REFUSED

	}

	/** Where a gateway's word came from ({@code billing_notification.source}). */
	enum Source {

		/** the gateway's own notification */
		NOTIFICATION("gateway:", "kaidian.billing.notifications"),

		/** its answer to our query (reconciliation) */
		QUERY("reconciliation:", "kaidian.billing.reconciliation"),

		/** its answer to our refund request */
		REFUND("operator-refund:", "kaidian.billing.refunds");

		private final String actorPrefix;

		private final String meter;

		Source(String actorPrefix, String meter) {
			this.actorPrefix = actorPrefix;
			this.meter = meter;
		}

		String actor(String provider) {
			return this.actorPrefix + provider;
		}

		String meter() {
			return this.meter;
		}

	}

}
