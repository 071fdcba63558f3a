package io.kaidian.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;

/**
 * A refund of (part of) the payment that paid an invoice (R-FEE; ADR 0024).
 *
 * @param refundId its id, the gateway's {@code out_request_no}
 * @param invoiceId the invoice
 * @param paymentId the payment it gives money back from
 * @param provider that payment's gateway
 * @param amount how much
 * @param reason the operator's reason
 * @param status where it stands
 * @param failure the gateway's code when it refused it
 * @param requestedAt when the operator asked
 */
public record Refund(UUID refundId, UUID invoiceId, UUID paymentId, String provider, Money amount, String reason,
		RefundStatus status, @Nullable String failure, Instant requestedAt) {
}
