package io.kaidian.billing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.identity.IdentityVerification;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;

/**
 * The receipts of a seller's paid invoices (R-FEE-2; docs/guide/fees.md, "Receipts"),
 * read from the payment event that settled each invoice: the append-only records are the
 * receipt, nothing is stored twice.
 */
@Service
public class ReceiptLookup {

	private final JdbcClient jdbc;

	private final IdentityVerification identity;

	ReceiptLookup(JdbcClient jdbc, IdentityVerification identity) {
		this.jdbc = jdbc;
		this.identity = identity;
	}

	/**
	 * The receipt of one of the seller's invoices.
	 * @throws NotFoundException {@code INVOICE_NOT_FOUND} if it is not the seller's
	 * @throws ConflictException {@code INVOICE_NOT_PAID} while it is not paid
	 */
	@Transactional(readOnly = true)
	public Receipt of(UUID sellerId, UUID invoiceId) {
		Invoice invoice = this.jdbc
			.sql("SELECT " + Invoices.COLUMNS + " FROM billing_invoice i WHERE i.seller_id = :seller AND i.id = :id")
			.param("seller", sellerId)
			.param("id", invoiceId)
			.query((rs, row) -> Invoices.invoice(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
		Settled settled = settled(invoiceId).orElseThrow(() -> new ConflictException("INVOICE_NOT_PAID"));
		String subjectName = this.identity.current(sellerId)
			.map(IdentityVerification.CaseView::companyName)
			.orElse(null);
		return new Receipt(invoice.invoiceId(), invoice.kind(), settled.amount(), invoice.businessScope(),
				invoice.salesPlan(), invoice.issuedAt(), settled.paidAt(), settled.paymentId(), settled.provider(),
				settled.tradeNo(), settled.memberId(), subjectName);
	}

	/** The payment event that paid the invoice: there is at most one (V17). */
	private Optional<Settled> settled(UUID invoiceId) {
		return this.jdbc
			.sql("SELECT e.payment_id, e.at, e.gateway_trade_no, p.provider, p.amount, p.currency, i.member_id "
					+ "FROM billing_payment_event e JOIN billing_payment p ON p.id = e.payment_id "
					+ "JOIN billing_invoice i ON i.id = e.invoice_id WHERE e.invoice_id = :invoice AND e.status = 'PAID'")
			.param("invoice", invoiceId)
			.query((rs, row) -> new Settled(rs.getObject("payment_id", UUID.class),
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("gateway_trade_no"),
					rs.getString("provider"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
					rs.getString("member_id")))
			.optional();
	}

	private record Settled(UUID paymentId, Instant paidAt, @Nullable String tradeNo, String provider, Money amount,
			String memberId) {
	}

}
