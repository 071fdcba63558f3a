package io.kaidian.billing;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * An operator waives an invoice or adjusts what it asks for, with a reason (R-FEE; ADR
 * 0024). The invoice as issued never changes: each change is an appended
 * {@code billing_invoice_adjustment} and an audit trail entry. A waived invoice is
 * settled: when it was the application's last one due, {@link FeesPaid} is published.
 * Only an invoice still due can change. Guide: docs/guide/fees.md, "For the operator".
 */
@Service
public class InvoiceAdjusting {

	private static final Logger log = LoggerFactory.getLogger(InvoiceAdjusting.class);

	private final Invoices invoices;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final BillingProperties properties;

	private final Clock clock;

	InvoiceAdjusting(Invoices invoices, JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions,
			BillingProperties properties, Clock clock) {
		this.invoices = invoices;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Waives an invoice: nothing is due on it any more.
	 * @throws RuleViolationException {@code CHANGE_REASON_REQUIRED},
	 * {@code CHANGE_REASON_TOO_LONG}
	 * @throws NotFoundException {@code INVOICE_NOT_FOUND}
	 * @throws ConflictException {@code INVOICE_PAID}, {@code INVOICE_WAIVED}
	 */
	public Invoice waive(UUID invoiceId, @Nullable String reason, UUID operator) {
		InvoiceChangeRules rules = new InvoiceChangeRules(this.properties.reasonMaxLength());
		String why = rules.reason(reason);
		rules.throwIfAny();
		return change(invoiceId, "WAIVED", Money.cny("0.00"), why, operator);
	}

	/**
	 * Sets what an invoice asks for; a payment already under way keeps its amount, a new
	 * one asks the new amount.
	 * @throws RuleViolationException {@code AMOUNT_INVALID},
	 * {@code CHANGE_REASON_REQUIRED}, {@code CHANGE_REASON_TOO_LONG}
	 * @throws NotFoundException {@code INVOICE_NOT_FOUND}
	 * @throws ConflictException {@code INVOICE_PAID}, {@code INVOICE_WAIVED},
	 * {@code AMOUNT_UNCHANGED}
	 */
	public Invoice adjust(UUID invoiceId, @Nullable String amount, @Nullable String reason, UUID operator) {
		InvoiceChangeRules rules = new InvoiceChangeRules(this.properties.reasonMaxLength());
		Money money = rules.amount(amount);
		String why = rules.reason(reason);
		rules.throwIfAny();
		return change(invoiceId, "ADJUSTED", Objects.requireNonNull(money), why, operator);
	}

	private Invoice change(UUID invoiceId, String kind, Money amount, String reason, UUID operator) {
		return Objects.requireNonNull(this.transactions.execute((status) -> {
			Invoices.Locked locked = this.invoices.lock(invoiceId)
				.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
			Invoice before = locked.invoice();
			if (before.status() == InvoiceStatus.WAIVED) {
				throw new ConflictException("INVOICE_WAIVED");
			}
			if (before.status() != InvoiceStatus.DUE) {
				throw new ConflictException("INVOICE_PAID");
			}
			if (before.amount().equals(amount)) {
				throw new ConflictException("AMOUNT_UNCHANGED");
			}
			this.jdbc
				.sql("INSERT INTO billing_invoice_adjustment (invoice_id, kind, amount, reason, actor_id, at) "
						+ "VALUES (:invoice, :kind, :amount, :reason, :actor, :at)")
				.param("invoice", invoiceId)
				.param("kind", kind)
				.param("amount", amount.amount())
				.param("reason", reason)
				.param("actor", operator)
				.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			Invoice after = this.invoices.lock(invoiceId).orElseThrow().invoice();
			this.audit.record(new AuditTrail.Entry(locked.memberId(), "invoice:" + invoiceId, kind,
					before.status().name(), after.status().name(), operator, "STAFF", reason,
					Map.of("kind", before.kind().name(), "amountBefore", before.amount().amount().toPlainString(),
							"amountAfter", after.amount().amount().toPlainString())));
			log.info("R-FEE: invoice {} {} by {}: {} -> {}", invoiceId, kind, operator, before.amount().amount(),
					after.amount().amount());
			if (after.status() == InvoiceStatus.WAIVED) {
				this.invoices.feesPaidIfSettled(locked.applicationId(), locked.sellerId(), locked.memberId());
			}
			return after;
		}));
	}

}
