package io.kaidian.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * An operator refunds (part of) the payment that paid an invoice, typically the deposit
 * of a seller who leaves before opening or closes voluntarily (R-FEE; ADR 0024). The
 * refund is recorded against that payment, and the refunds of a payment never add up to
 * more than it: the invoice's application is locked while one is recorded. Its id is the
 * gateway's {@code out_request_no}, so a refund sent again after a lost answer is made
 * once. Guide: docs/guide/fees.md, "For the operator".
 */
@Service
public class Refunding {

	private static final Logger log = LoggerFactory.getLogger(Refunding.class);

	private final Invoices invoices;

	private final Payments payments;

	private final Refunds refunds;

	private final PaymentGateways gateways;

	private final PaymentNotifications answers;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	private final BillingProperties properties;

	private final Clock clock;

	Refunding(Invoices invoices, Payments payments, Refunds refunds, PaymentGateways gateways,
			PaymentNotifications answers, AuditTrail audit, TransactionTemplate transactions, MeterRegistry meters,
			BillingProperties properties, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.refunds = refunds;
		this.gateways = gateways;
		this.answers = answers;
		this.audit = audit;
		this.transactions = transactions;
		this.meters = meters;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Refunds part or all of what paid an invoice, then asks the gateway; asked again
	 * with the same refund id, the same refund (sent again while unanswered).
	 * @param refundId the caller's id for this refund (the gateway's
	 * {@code out_request_no})
	 * @return the refund as it stands after the gateway's answer ({@code REQUESTED} if
	 * the gateway could not be reached: it is sent again later)
	 * @throws RuleViolationException {@code AMOUNT_INVALID},
	 * {@code CHANGE_REASON_REQUIRED}, {@code REFUND_EXCEEDS_PAYMENT}
	 * @throws NotFoundException {@code INVOICE_NOT_FOUND}
	 * @throws ConflictException {@code INVOICE_NOT_PAID}, {@code REFUND_ID_TAKEN}
	 */
	public Refund refund(UUID invoiceId, UUID refundId, @Nullable String amount, @Nullable String reason,
			UUID operator) {
		InvoiceChangeRules rules = new InvoiceChangeRules(this.properties.reasonMaxLength());
		Money money = rules.amount(amount);
		String why = rules.reason(reason);
		rules.throwIfAny();
		Refund recorded = Objects.requireNonNull(this.transactions
			.execute((status) -> record(invoiceId, refundId, Objects.requireNonNull(money), why, operator)));
		if (!recorded.invoiceId().equals(invoiceId)) {
			throw new ConflictException("REFUND_ID_TAKEN");
		}
		send(refundId);
		return this.refunds.find(refundId).orElseThrow();
	}

	private Refund record(UUID invoiceId, UUID refundId, Money amount, String reason, UUID operator) {
		Invoices.Locked locked = this.invoices.lock(invoiceId)
			.orElseThrow(() -> new NotFoundException("INVOICE_NOT_FOUND"));
		Optional<Refund> existing = this.refunds.find(refundId);
		if (existing.isPresent()) {
			return existing.get();
		}
		Payments.Paid paid = this.payments.paid(invoiceId).orElseThrow(() -> new ConflictException("INVOICE_NOT_PAID"));
		BigDecimal left = paid.amount().amount().subtract(this.refunds.committed(paid.paymentId()));
		if (amount.amount().compareTo(left) > 0) {
			throw RuleViolationException.of("amount", "REFUND_EXCEEDS_PAYMENT", left.toPlainString());
		}
		this.refunds.insert(refundId, invoiceId, paid.paymentId(), amount, reason, operator);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("refundId", refundId.toString());
		detail.put("paymentId", paid.paymentId().toString());
		detail.put("amount", amount.amount().toPlainString());
		this.audit.record(new AuditTrail.Entry(locked.memberId(), "invoice:" + invoiceId, "REFUND_REQUESTED",
				locked.invoice().status().name(), null, operator, "STAFF", reason, detail));
		log.info("R-FEE: refund {} of {} from payment {} of invoice {}", refundId, amount.amount(), paid.paymentId(),
				invoiceId);
		return this.refunds.find(refundId).orElseThrow();
	}

	/**
	 * Sends a refund still waiting for an answer to its gateway and records the answer;
	 * an unreachable gateway leaves it waiting, to be sent again with the same
	 * {@code out_request_no}.
	 */
	void send(UUID refundId) {
		Refund refund = this.refunds.find(refundId).orElseThrow();
		if (refund.status() != RefundStatus.REQUESTED) {
			return;
		}
		Optional<PaymentGateway> gateway = this.gateways.available(refund.provider());
		PaymentGateway.RefundAnswer answer;
		try {
			answer = gateway.orElseThrow(() -> new GatewayUnavailableException(refund.provider() + " is off"))
				.refund(refundId, refund.paymentId(), refund.amount(), refund.reason());
		}
		catch (GatewayUnavailableException ex) {
			log.warn("R-FEE: refund {} not answered, sent again later: {}", refundId, ex.getMessage());
			this.meters.counter("kaidian.billing.refunds", "outcome", "gateway-error").increment();
			return;
		}
		this.transactions.executeWithoutResult((status) -> answered(refund, answer));
	}

	private void answered(Refund refund, PaymentGateway.RefundAnswer answer) {
		long kept = this.answers.record(refund.provider(), refund.paymentId(), "APPLIED", answer.refusal(),
				answer.raw(), PaymentNotifications.Source.REFUND);
		RefundStatus next = answer.refunded() ? RefundStatus.REFUNDED : RefundStatus.FAILED;
		if (!this.refunds.append(refund.refundId(), next, "gateway:" + refund.provider(), answer.refusal(), kept)) {
			return;
		}
		this.meters.counter("kaidian.billing.refunds", "outcome", answer.refunded() ? "refunded" : "refused")
			.increment();
		if (answer.refunded()) {
			log.info("R-FEE: refund {} of invoice {} is made", refund.refundId(), refund.invoiceId());
		}
		else {
			log.warn("R-FEE: {} refused refund {} of invoice {}: {}", refund.provider(), refund.refundId(),
					refund.invoiceId(), answer.refusal());
		}
	}

	/**
	 * Sends again every refund unanswered for longer than
	 * {@code kaidian.billing.reconciliation.pending-after}.
	 * @return how many were sent
	 */
	int sendUnanswered() {
		var unanswered = this.refunds
			.unanswered(this.clock.instant().minus(this.properties.reconciliation().pendingAfter()));
		unanswered.forEach(this::send);
		return unanswered.size();
	}

}
