package io.kaidian.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.money.Money;

/**
 * The refunds and their appended states ({@code billing_refund},
 * {@code billing_refund_event}).
 */
@Repository
class Refunds {

	private static final String SELECT = "SELECT r.id, r.invoice_id, r.payment_id, p.provider, r.amount, r.currency, "
			+ "r.reason, r.requested_at, s.status, s.reason AS failure FROM billing_refund r "
			+ "JOIN billing_payment p ON p.id = r.payment_id "
			+ "JOIN LATERAL (SELECT e.status, e.reason FROM billing_refund_event e WHERE e.refund_id = r.id "
			+ "ORDER BY e.id DESC LIMIT 1) s ON TRUE ";

	private final JdbcClient jdbc;

	private final Clock clock;

	Refunds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Refund> find(UUID refundId) {
		return this.jdbc.sql(SELECT + "WHERE r.id = :id")
			.param("id", refundId)
			.query((rs, row) -> refund(rs))
			.optional();
	}

	/** The refunds of an invoice, oldest first. */
	List<Refund> ofInvoice(UUID invoiceId) {
		return this.jdbc.sql(SELECT + "WHERE r.invoice_id = :invoice ORDER BY r.requested_at, r.id")
			.param("invoice", invoiceId)
			.query((rs, row) -> refund(rs))
			.list();
	}

	/** The latest refunds, newest first. */
	List<Refund> latest(int limit) {
		return this.jdbc.sql(SELECT + "ORDER BY r.requested_at DESC, r.id LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> refund(rs))
			.list();
	}

	/** The refunds still waiting for the gateway's answer, asked before that instant. */
	List<UUID> unanswered(Instant before) {
		return this.jdbc
			.sql("SELECT r.id FROM billing_refund r WHERE r.requested_at < :before AND (SELECT e.status FROM "
					+ "billing_refund_event e WHERE e.refund_id = r.id ORDER BY e.id DESC LIMIT 1) = 'REQUESTED' "
					+ "ORDER BY r.requested_at")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list();
	}

	/** How much of a payment is refunded or being refunded (all but failed refunds). */
	BigDecimal committed(UUID paymentId) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(r.amount), 0) FROM billing_refund r WHERE r.payment_id = :payment AND "
					+ "(SELECT e.status FROM billing_refund_event e WHERE e.refund_id = r.id ORDER BY e.id DESC "
					+ "LIMIT 1) <> 'FAILED'")
			.param("payment", paymentId)
			.query(BigDecimal.class)
			.single();
	}

	void insert(UUID refundId, UUID invoiceId, UUID paymentId, Money amount, String reason, UUID operator) {
		this.jdbc
			.sql("INSERT INTO billing_refund (id, invoice_id, payment_id, amount, currency, reason, requested_by, "
					+ "requested_at) VALUES (:id, :invoice, :payment, :amount, :currency, :reason, :by, :at)")
			.param("id", refundId)
			.param("invoice", invoiceId)
			.param("payment", paymentId)
			.param("amount", amount.amount())
			.param("currency", amount.currency())
			.param("reason", reason)
			.param("by", operator)
			.param("at", now())
			.update();
		append(refundId, RefundStatus.REQUESTED, "staff:" + operator, null, null);
	}

	/**
	 * Appends a state of a refund; one it has already reached (or an end after its end)
	 * is kept once.
	 * @return whether it was appended
	 */
	boolean append(UUID refundId, RefundStatus status, String actor, @Nullable String reason,
			@Nullable Long notificationId) {
		return this.jdbc
			.sql("INSERT INTO billing_refund_event (refund_id, status, actor, at, reason, notification_id) "
					+ "VALUES (:refund, :status, :actor, :at, :reason, :notification) ON CONFLICT DO NOTHING")
			.param("refund", refundId)
			.param("status", status.name())
			.param("actor", actor)
			.param("at", now())
			.param("reason", reason)
			.param("notification", notificationId)
			.update() == 1;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static Refund refund(ResultSet rs) throws SQLException {
		return new Refund(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
				rs.getObject("payment_id", UUID.class), rs.getString("provider"),
				new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("reason"),
				RefundStatus.valueOf(rs.getString("status")), rs.getString("failure"),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant());
	}

}
