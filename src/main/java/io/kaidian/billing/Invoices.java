package io.kaidian.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import io.kaidian.platform.money.Money;
import io.kaidian.settlement.ApplicationApproved;

/**
 * The invoices of the fees an approved application owes (R-FEE-1): issued once from the
 * amounts the approval carried, never changed afterwards.
 */
@Service
public class Invoices {

	private static final Logger log = LoggerFactory.getLogger(Invoices.class);

	static final String COLUMNS = "i.id, i.kind, i.amount, i.currency, i.business_scope, i.sales_plan, i.issued_at, "
			+ "EXISTS (SELECT 1 FROM billing_payment_event e WHERE e.invoice_id = i.id AND e.status = 'PAID') AS paid";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Invoices(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * R-FEE-1: the approval issues the scope's annual fee for the plan and its deposit,
	 * at the amounts of the offer at approval. A fee of zero is not invoiced; with
	 * nothing to pay the fees are paid at once.
	 */
	@ApplicationModuleListener
	void on(ApplicationApproved approved) {
		int issued = issue(approved, InvoiceKind.ANNUAL_FEE, approved.annualFee())
				+ issue(approved, InvoiceKind.DEPOSIT, approved.deposit());
		log.info("R-FEE-1: issued {} invoice(s) to {} for application {}", issued, approved.memberId(),
				approved.applicationId());
		if (approved.annualFee().amount().signum() == 0 && approved.deposit().amount().signum() == 0) {
			this.events.publishEvent(new FeesPaid(approved.sellerId(), approved.memberId(), approved.applicationId(),
					List.of(), this.clock.instant()));
		}
	}

	private int issue(ApplicationApproved approved, InvoiceKind kind, Money amount) {
		if (amount.amount().signum() == 0) {
			return 0;
		}
		return this.jdbc
			.sql("INSERT INTO billing_invoice (id, seller_id, member_id, application_id, kind, business_scope, "
					+ "sales_plan, amount, currency, issued_at) VALUES (:id, :seller, :member, :application, :kind, "
					+ ":scope, :plan, :amount, :currency, :at) ON CONFLICT (application_id, kind) DO NOTHING")
			.param("id", UUID.randomUUID())
			.param("seller", approved.sellerId())
			.param("member", approved.memberId())
			.param("application", approved.applicationId())
			.param("kind", kind.name())
			.param("scope", approved.businessScope())
			.param("plan", approved.salesPlan().name())
			.param("amount", amount.amount())
			.param("currency", amount.currency())
			.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	/** A seller's invoices, the oldest first, annual fee before deposit. */
	public List<Invoice> of(UUID sellerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM billing_invoice i WHERE i.seller_id = :seller "
					+ "ORDER BY i.issued_at, i.kind")
			.param("seller", sellerId)
			.query((rs, row) -> invoice(rs))
			.list();
	}

	/** One invoice of a seller. */
	public Optional<Invoice> find(UUID sellerId, UUID invoiceId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM billing_invoice i WHERE i.seller_id = :seller AND i.id = :id")
			.param("seller", sellerId)
			.param("id", invoiceId)
			.query((rs, row) -> invoice(rs))
			.optional();
	}

	static Invoice invoice(ResultSet rs) throws SQLException {
		return new Invoice(rs.getObject("id", UUID.class), InvoiceKind.valueOf(rs.getString("kind")),
				new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
				rs.getBoolean("paid") ? InvoiceStatus.PAID : InvoiceStatus.DUE, rs.getString("business_scope"),
				rs.getString("sales_plan"), rs.getObject("issued_at", OffsetDateTime.class).toInstant());
	}

}
