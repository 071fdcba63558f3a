package io.kaidian.billing;

import java.math.BigDecimal;
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

	/**
	 * An invoice as it stands: the amount of its latest adjustment (or as issued), paid,
	 * waived, and how much of it was refunded.
	 */
	static final String COLUMNS = "i.id, i.kind, COALESCE((SELECT a.amount FROM billing_invoice_adjustment a "
			+ "WHERE a.invoice_id = i.id ORDER BY a.id DESC LIMIT 1), i.amount) AS amount, i.currency, "
			+ "i.business_scope, i.sales_plan, i.issued_at, "
			+ "(SELECT p.amount FROM billing_payment p JOIN billing_payment_event e ON e.payment_id = p.id "
			+ "AND e.status = 'PAID' WHERE p.invoice_id = i.id) AS paid_amount, "
			+ "EXISTS (SELECT 1 FROM billing_invoice_adjustment a WHERE a.invoice_id = i.id AND a.kind = 'WAIVED') "
			+ "AS waived, (SELECT COALESCE(SUM(r.amount), 0) FROM billing_refund r WHERE r.invoice_id = i.id AND "
			+ "(SELECT re.status FROM billing_refund_event re WHERE re.refund_id = r.id ORDER BY re.id DESC LIMIT 1) "
			+ "= 'REFUNDED') AS refunded";

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
				new Money(rs.getBigDecimal("amount"), rs.getString("currency")), status(rs),
				rs.getString("business_scope"), rs.getString("sales_plan"),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant());
	}

	/** Paid (then refunded in full or not), else waived, else due. */
	private static InvoiceStatus status(ResultSet rs) throws SQLException {
		BigDecimal paid = rs.getBigDecimal("paid_amount");
		if (paid != null) {
			return rs.getBigDecimal("refunded").compareTo(paid) >= 0 ? InvoiceStatus.REFUNDED : InvoiceStatus.PAID;
		}
		return rs.getBoolean("waived") ? InvoiceStatus.WAIVED : InvoiceStatus.DUE;
	}

	/**
	 * Locks an invoice's application (as {@link #lockApplication}) and reads the invoice
	 * as it then stands, with who owes it.
	 */
	Optional<Locked> lock(UUID invoiceId) {
		Optional<Locked> owner = this.jdbc
			.sql("SELECT " + COLUMNS + ", i.application_id, i.seller_id, i.member_id FROM billing_invoice i "
					+ "WHERE i.id = :id")
			.param("id", invoiceId)
			.query((rs, row) -> new Locked(invoice(rs), rs.getObject("application_id", UUID.class),
					rs.getObject("seller_id", UUID.class), rs.getString("member_id")))
			.optional();
		if (owner.isEmpty()) {
			return owner;
		}
		lockApplication(owner.get().applicationId());
		Invoice invoice = this.jdbc.sql("SELECT " + COLUMNS + " FROM billing_invoice i WHERE i.id = :id")
			.param("id", invoiceId)
			.query((rs, row) -> invoice(rs))
			.single();
		return Optional
			.of(new Locked(invoice, owner.get().applicationId(), owner.get().sellerId(), owner.get().memberId()));
	}

	/**
	 * Locks every invoice of an application (in id order, as every writer does), so
	 * payments, notifications and operators' changes to them take turns.
	 */
	void lockApplication(UUID applicationId) {
		this.jdbc.sql("SELECT id FROM billing_invoice WHERE application_id = :application ORDER BY id FOR UPDATE")
			.param("application", applicationId)
			.query(UUID.class)
			.list();
	}

	/**
	 * Publishes {@link FeesPaid} if every invoice of the application is now settled (paid
	 * or waived). Called, with the application locked, by whoever just settled one that
	 * was not, so it is published once.
	 */
	void feesPaidIfSettled(UUID applicationId, UUID sellerId, String memberId) {
		List<Invoice> invoices = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM billing_invoice i WHERE i.application_id = :application ORDER BY i.kind")
			.param("application", applicationId)
			.query((rs, row) -> invoice(rs))
			.list();
		if (invoices.stream().allMatch((i) -> i.status().settled())) {
			this.events.publishEvent(new FeesPaid(sellerId, memberId, applicationId, invoices, this.clock.instant()));
			log.info("R-FEE: every fee of application {} is settled", applicationId);
		}
	}

	/**
	 * An invoice read under its application's lock.
	 *
	 * @param invoice as it stands
	 * @param applicationId the approved application it was issued for
	 * @param sellerId who owes it
	 * @param memberId the seller's member ID (the audit trail's key)
	 */
	record Locked(Invoice invoice, UUID applicationId, UUID sellerId, String memberId) {
	}

}
