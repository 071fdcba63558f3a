package io.kaidian.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.kaidian.platform.money.Money;

/**
 * What operators look at (R-FEE; docs/guide/fees.md, "For the operator"): payments by
 * state, the gateway words that were refused, the refunds, and one invoice with its
 * payments, refunds and adjustments. Newest first, at most
 * {@code kaidian.billing.list-limit} rows.
 */
@Service
public class PaymentLookup {

	private static final String PAYMENTS = "SELECT p.id, p.invoice_id, i.member_id, i.kind, p.provider, p.amount, "
			+ "p.currency, p.created_at, s.status, s.at FROM billing_payment p JOIN billing_invoice i "
			+ "ON i.id = p.invoice_id JOIN LATERAL (SELECT e.status, e.at FROM billing_payment_event e "
			+ "WHERE e.payment_id = p.id ORDER BY e.id DESC LIMIT 1) s ON TRUE ";

	private final JdbcClient jdbc;

	private final Refunds refunds;

	private final BillingProperties properties;

	PaymentLookup(JdbcClient jdbc, Refunds refunds, BillingProperties properties) {
		this.jdbc = jdbc;
		this.refunds = refunds;
		this.properties = properties;
	}

	/** The latest payments, of one state or all. */
	public List<PaymentRow> payments(@Nullable PaymentStatus status) {
		return this.jdbc
			.sql(PAYMENTS + "WHERE (CAST(:status AS TEXT) IS NULL OR s.status = :status) "
					+ "ORDER BY p.created_at DESC, p.id LIMIT :limit")
			.param("status", (status != null) ? status.name() : null)
			.param("limit", this.properties.listLimit())
			.query(PaymentLookup::paymentRow)
			.list();
	}

	/** The latest gateway notifications and answers that were refused. */
	public List<RefusedRow> refused() {
		return this.jdbc
			.sql("SELECT id, provider, source, received_at, payment_id, reason, raw::text AS raw FROM "
					+ "billing_notification WHERE outcome = 'REFUSED' ORDER BY id DESC LIMIT :limit")
			.param("limit", this.properties.listLimit())
			.query((rs, row) -> new RefusedRow(rs.getLong("id"), rs.getString("provider"), rs.getString("source"),
					rs.getObject("received_at", OffsetDateTime.class).toInstant(),
					rs.getObject("payment_id", UUID.class), rs.getString("reason"), rs.getString("raw")))
			.list();
	}

	/** The latest refunds. */
	public List<Refund> refunds() {
		return this.refunds.latest(this.properties.listLimit());
	}

	/** One invoice, whoever owes it, with its payments, refunds and adjustments. */
	public Optional<InvoiceFile> invoice(UUID invoiceId) {
		return this.jdbc
			.sql("SELECT " + Invoices.COLUMNS + ", i.member_id, i.amount AS issued_amount FROM billing_invoice i "
					+ "WHERE i.id = :id")
			.param("id", invoiceId)
			.query((rs, row) -> new InvoiceFile(Invoices.invoice(rs), rs.getString("member_id"),
					new Money(rs.getBigDecimal("issued_amount"), rs.getString("currency")), List.of(), List.of(),
					List.of()))
			.optional()
			.map((file) -> new InvoiceFile(file.invoice(), file.memberId(), file.issuedAmount(), paymentsOf(invoiceId),
					this.refunds.ofInvoice(invoiceId), adjustments(invoiceId)));
	}

	private List<PaymentRow> paymentsOf(UUID invoiceId) {
		return this.jdbc.sql(PAYMENTS + "WHERE p.invoice_id = :invoice ORDER BY p.attempt")
			.param("invoice", invoiceId)
			.query(PaymentLookup::paymentRow)
			.list();
	}

	private static PaymentRow paymentRow(ResultSet rs, int row) throws SQLException {
		return new PaymentRow(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
				rs.getString("member_id"), InvoiceKind.valueOf(rs.getString("kind")), rs.getString("provider"),
				new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
				PaymentStatus.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("at", OffsetDateTime.class).toInstant());
	}

	private List<Adjustment> adjustments(UUID invoiceId) {
		return this.jdbc.sql(
				"SELECT kind, amount, reason, actor_id, at FROM billing_invoice_adjustment WHERE invoice_id = :invoice "
						+ "ORDER BY id")
			.param("invoice", invoiceId)
			.query((rs, row) -> new Adjustment(rs.getString("kind"), Money.cny(rs.getBigDecimal("amount")),
					rs.getString("reason"), rs.getObject("actor_id", UUID.class),
					rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * A payment in an operator's list.
	 *
	 * @param paymentId its id (the gateway's {@code out_trade_no})
	 * @param invoiceId the invoice it pays
	 * @param memberId who pays
	 * @param kind the fee
	 * @param provider the gateway
	 * @param amount how much
	 * @param status its latest state
	 * @param createdAt when the payer started it
	 * @param changedAt when it reached its latest state
	 */
	public record PaymentRow(UUID paymentId, UUID invoiceId, String memberId, InvoiceKind kind, String provider,
			Money amount, PaymentStatus status, Instant createdAt, Instant changedAt) {
	}

	/**
	 * A refused notification or gateway answer.
	 *
	 * @param id its row
	 * @param provider the gateway it claimed to be from
	 * @param source {@code NOTIFICATION}, {@code QUERY} or {@code REFUND}
	 * @param receivedAt when
	 * @param paymentId the payment it named, when one was found
	 * @param reason why it was refused, e.g. {@code SIGNATURE_INVALID}
	 * @param raw what it said, as JSON
	 */
	public record RefusedRow(long id, String provider, String source, Instant receivedAt, @Nullable UUID paymentId,
			String reason, String raw) {
	}

	/**
	 * An operator's change of an invoice.
	 *
	 * @param kind {@code ADJUSTED} or {@code WAIVED}
	 * @param amount what the invoice asks for after it
	 * @param reason why
	 * @param actorId the operator
	 * @param at when
	 */
	public record Adjustment(String kind, Money amount, String reason, UUID actorId, Instant at) {
	}

	/**
	 * One invoice as an operator sees it.
	 *
	 * @param invoice as it stands
	 * @param memberId who owes it
	 * @param issuedAmount what it asked for when issued
	 * @param payments its payments, first attempt first
	 * @param refunds its refunds, oldest first
	 * @param adjustments its changes, oldest first
	 */
	public record InvoiceFile(Invoice invoice, String memberId, Money issuedAmount, List<PaymentRow> payments,
			List<Refund> refunds, List<Adjustment> adjustments) {
	}

}
