package io.kaidian.billing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.NotFoundException;

/**
 * The payer's choice on the sandbox page, sent as the sandbox gateway's signed
 * notification through {@link PaymentNotifications}, as a real gateway's would be.
 */
@Service
public class SandboxPayments {

	private final JdbcClient jdbc;

	private final SandboxGateway gateway;

	private final PaymentNotifications notifications;

	SandboxPayments(JdbcClient jdbc, SandboxGateway gateway, PaymentNotifications notifications) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.notifications = notifications;
	}

	/** The amount of a sandbox payment, to show on its page; none while it is off. */
	public Optional<Money> amount(UUID paymentId) {
		if (!this.gateway.available()) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT amount, currency FROM billing_payment WHERE id = :id AND provider = :provider")
			.param("id", paymentId)
			.param("provider", SandboxGateway.NAME)
			.query((rs, row) -> new Money(rs.getBigDecimal("amount"), rs.getString("currency")))
			.optional();
	}

	/**
	 * Completes a sandbox payment as the payer chose.
	 * @return whether the notification was handled
	 * @throws NotFoundException {@code PAYMENT_NOT_FOUND} for no sandbox payment
	 */
	public boolean complete(UUID paymentId, boolean paid) {
		Money amount = amount(paymentId).orElseThrow(() -> new NotFoundException("PAYMENT_NOT_FOUND"));
		Map<String, String> notification = this.gateway.notification(paymentId, amount, paid);
		return this.notifications.receive(SandboxGateway.NAME, notification);
	}

}
