package io.kaidian.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * Starts paying an invoice through a gateway (R-FEE-2). An invoice has at most one live
 * payment: requests racing for one invoice are serialised on the invoice's row and get
 * the same payment; a payment through another gateway replaces the live one.
 */
@Service
public class Payments {

	private static final Logger log = LoggerFactory.getLogger(Payments.class);

	private final JdbcClient jdbc;

	private final PaymentGateways gateways;

	private final Clock clock;

	Payments(JdbcClient jdbc, PaymentGateways gateways, Clock clock) {
		this.jdbc = jdbc;
		this.gateways = gateways;
		this.clock = clock;
	}

	/**
	 * A payment of the seller's invoice through the provider: the live one if it goes
	 * through the same provider, else a new one.
	 * @throws NotFoundException {@code INVOICE_NOT_FOUND} if it is not the seller's
	 * @throws ConflictException {@code INVOICE_PAID} once paid (or refunded),
	 * {@code INVOICE_WAIVED} once waived
	 * @throws RuleViolationException {@code PROVIDER_UNAVAILABLE} for a gateway not
	 * configured
	 */
	@Transactional
	public Started start(UUID sellerId, UUID invoiceId, String provider, String subject) {
		PaymentGateway gateway = this.gateways.available(provider)
			.orElseThrow(() -> RuleViolationException.of("provider", "PROVIDER_UNAVAILABLE"));
		Invoice invoice = this.jdbc
			.sql("SELECT " + Invoices.COLUMNS + " FROM billing_invoice i WHERE i.id = :id AND i.seller_id = :seller "
					+ "FOR UPDATE OF i")
			.param("id", invoiceId)
			.param("seller", sellerId)
			.query((rs, row) -> Invoices.invoice(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
		if (invoice.status() == InvoiceStatus.WAIVED) {
			throw new ConflictException("INVOICE_WAIVED");
		}
		if (invoice.status() != InvoiceStatus.DUE) {
			throw new ConflictException("INVOICE_PAID");
		}
		Optional<Latest> latest = latest(invoiceId);
		if (latest.isPresent() && latest.get().status() == PaymentStatus.PENDING) {
			// an operator's adjustment since makes a new payment of the new amount
			if (latest.get().provider().equals(provider) && latest.get().amount().equals(invoice.amount())) {
				return new Started(latest.get().id(),
						gateway.redirectUrl(latest.get().id(), invoice.amount(), subject));
			}
			append(latest.get().id(), invoiceId, PaymentStatus.ABANDONED, "seller:" + sellerId, null, null);
		}
		UUID paymentId = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO billing_payment (id, invoice_id, attempt, provider, amount, currency, created_by, "
					+ "created_at) VALUES (:id, :invoice, :attempt, :provider, :amount, :currency, :by, :at)")
			.param("id", paymentId)
			.param("invoice", invoiceId)
			.param("attempt", latest.map((l) -> l.attempt() + 1).orElse(1))
			.param("provider", provider)
			.param("amount", invoice.amount().amount())
			.param("currency", invoice.amount().currency())
			.param("by", sellerId)
			.param("at", now())
			.update();
		append(paymentId, invoiceId, PaymentStatus.PENDING, "seller:" + sellerId, null, null);
		log.info("R-FEE-2: payment {} of invoice {} through {}", paymentId, invoiceId, provider);
		return new Started(paymentId, gateway.redirectUrl(paymentId, invoice.amount(), subject));
	}

	/** The providers that take payments now, Alipay first. */
	public java.util.List<String> providers() {
		return java.util.stream.Stream.of(AlipayGateway.NAME, SandboxGateway.NAME)
			.filter((name) -> this.gateways.available(name).isPresent())
			.toList();
	}

	/** A payment of the seller's, with its invoice and current state. */
	public Optional<PaymentView> find(UUID sellerId, UUID paymentId) {
		return this.jdbc
			.sql("SELECT p.id, p.invoice_id, p.provider, p.amount, p.currency, (SELECT e.status FROM "
					+ "billing_payment_event e WHERE e.payment_id = p.id ORDER BY e.id DESC LIMIT 1) AS status "
					+ "FROM billing_payment p JOIN billing_invoice i ON i.id = p.invoice_id "
					+ "WHERE p.id = :id AND i.seller_id = :seller")
			.param("id", paymentId)
			.param("seller", sellerId)
			.query((rs, row) -> new PaymentView(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
					rs.getString("provider"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	/** The payment that paid an invoice, if any. */
	Optional<Paid> paid(UUID invoiceId) {
		return this.jdbc
			.sql("SELECT p.id, p.provider, p.amount, p.currency FROM billing_payment p JOIN billing_payment_event e "
					+ "ON e.payment_id = p.id AND e.status = 'PAID' WHERE p.invoice_id = :invoice")
			.param("invoice", invoiceId)
			.query((rs, row) -> new Paid(rs.getObject("id", UUID.class), rs.getString("provider"),
					new Money(rs.getBigDecimal("amount"), rs.getString("currency"))))
			.optional();
	}

	private Optional<Latest> latest(UUID invoiceId) {
		return this.jdbc.sql(
				"SELECT p.id, p.attempt, p.provider, p.amount, p.currency, (SELECT e.status FROM billing_payment_event e "
						+ "WHERE e.payment_id = p.id ORDER BY e.id DESC LIMIT 1) AS status FROM billing_payment p "
						+ "WHERE p.invoice_id = :invoice ORDER BY p.attempt DESC LIMIT 1")
			.param("invoice", invoiceId)
			.query((rs, row) -> new Latest(rs.getObject("id", UUID.class), rs.getInt("attempt"),
					rs.getString("provider"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					PaymentStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	/** Appends a state of a payment; a state a unique index allows once is kept once. */
	int append(UUID paymentId, UUID invoiceId, PaymentStatus status, String actor, @Nullable String tradeNo,
			@Nullable Long notificationId) {
		return this.jdbc
			.sql("INSERT INTO billing_payment_event (payment_id, invoice_id, status, actor, at, gateway_trade_no, "
					+ "notification_id) VALUES (:payment, :invoice, :status, :actor, :at, :tradeNo, :notification) "
					+ "ON CONFLICT DO NOTHING")
			.param("payment", paymentId)
			.param("invoice", invoiceId)
			.param("status", status.name())
			.param("actor", actor)
			.param("at", now())
			.param("tradeNo", tradeNo)
			.param("notification", notificationId)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	/**
	 * A payment the payer is sent to complete.
	 *
	 * @param paymentId its id
	 * @param redirectUrl where the payer pays
	 */
	public record Started(UUID paymentId, String redirectUrl) {
	}

	/**
	 * A payment as its payer sees it.
	 *
	 * @param paymentId its id
	 * @param invoiceId the invoice it pays
	 * @param provider the gateway
	 * @param amount how much
	 * @param status where it stands
	 */
	public record PaymentView(UUID paymentId, UUID invoiceId, String provider, Money amount, PaymentStatus status) {
	}

	/**
	 * The payment that paid an invoice.
	 *
	 * @param paymentId its id
	 * @param provider its gateway
	 * @param amount how much was paid
	 */
	record Paid(UUID paymentId, String provider, Money amount) {
	}

	private record Latest(UUID id, int attempt, String provider, Money amount, PaymentStatus status) {
	}

}
