/**
 * Billing: the fees an approved application owes (R-FEE-1), their invoices, and payments
 * through a {@link io.kaidian.billing.PaymentGateway} whose signed notifications settle
 * them (R-FEE-2). Money tables are append-only.
 */
@ApplicationModule(allowedDependencies = { "platform", "account", "identity", "settlement", "settlement :: events" })
@NullMarked
package io.kaidian.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
