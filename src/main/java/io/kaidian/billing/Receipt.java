package io.kaidian.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;

/**
 * The proof that a seller paid one invoice (API.md, "Fees"; docs/guide/fees.md,
 * "Receipts"): what was paid for, by whom, when and through which gateway.
 *
 * @param invoiceId the invoice paid
 * @param kind what it charged for
 * @param amount how much was paid, in CNY
 * @param businessScope the code of the business scope whose fee it was
 * @param salesPlan the code of the sales plan the annual fee was set for
 * @param issuedAt when the invoice was issued
 * @param paidAt when the gateway's verified notification settled it
 * @param paymentId our payment, the gateway's {@code out_trade_no}
 * @param provider the gateway
 * @param gatewayTradeNo the gateway's own number of the trade, if it gave one
 * @param memberId the payer's member ID
 * @param subjectName the payer's verified subject (enterprise or business) name, if its
 * identity is on record
 */
public record Receipt(UUID invoiceId, InvoiceKind kind, Money amount, String businessScope, String salesPlan,
		Instant issuedAt, Instant paidAt, UUID paymentId, String provider, @Nullable String gatewayTradeNo,
		String memberId, @Nullable String subjectName) {
}
