package io.kaidian.billing;

import java.time.Instant;
import java.util.UUID;

import io.kaidian.platform.money.Money;

/**
 * One fee a seller owes (API.md, "Fees"); immutable once issued.
 *
 * @param invoiceId its id
 * @param kind what it charges for
 * @param amount how much, in CNY
 * @param status whether it is paid
 * @param businessScope the business scope whose fee it is
 * @param salesPlan the sales plan the annual fee was set for
 * @param issuedAt when the application's approval issued it
 */
public record Invoice(UUID invoiceId, InvoiceKind kind, Money amount, InvoiceStatus status, String businessScope,
		String salesPlan, Instant issuedAt) {
}
