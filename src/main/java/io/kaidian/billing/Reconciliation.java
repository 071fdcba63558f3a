package io.kaidian.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A lost notification is not a lost payment (R-FEE-2; ADR 0024): every payment pending
 * longer than {@code kaidian.billing.reconciliation.pending-after} is asked about at its
 * gateway ({@code alipay.trade.query}) and settled from the signed answer through the
 * same rules as a notification, so an answer that comes late or twice changes nothing. A
 * gateway that cannot be asked leaves the payment pending for the next run. Refunds still
 * unanswered are sent again. Run by the {@code billing-reconciliation} task.
 */
@Service
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private static final String METER = "kaidian.billing.reconciliation";

	private final JdbcClient jdbc;

	private final PaymentGateways gateways;

	private final PaymentNotifications notifications;

	private final Refunding refunding;

	private final MeterRegistry meters;

	private final BillingProperties properties;

	private final Clock clock;

	Reconciliation(JdbcClient jdbc, PaymentGateways gateways, PaymentNotifications notifications, Refunding refunding,
			MeterRegistry meters, BillingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.gateways = gateways;
		this.notifications = notifications;
		this.refunding = refunding;
		this.meters = meters;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One run: every payment pending too long is asked about, every refund unanswered too
	 * long is sent again.
	 * @return how many payments were asked about
	 */
	public int run() {
		Instant now = this.clock.instant();
		List<Pending> pending = this.jdbc
			.sql("SELECT p.id, p.provider, p.created_at FROM billing_payment p WHERE p.created_at < :before AND "
					+ "(SELECT e.status FROM billing_payment_event e WHERE e.payment_id = p.id ORDER BY e.id DESC "
					+ "LIMIT 1) = 'PENDING' ORDER BY p.created_at")
			.param("before", now.minus(this.properties.reconciliation().pendingAfter()).atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getString("provider"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
		pending.forEach((payment) -> reconcile(payment, now));
		int resent = this.refunding.sendUnanswered();
		if (!pending.isEmpty() || resent > 0) {
			log.info("R-FEE-2: reconciliation asked about {} pending payment(s), sent {} refund(s) again",
					pending.size(), resent);
		}
		return pending.size();
	}

	private void reconcile(Pending payment, Instant now) {
		PaymentGateway gateway = this.gateways.available(payment.provider()).orElse(null);
		if (gateway == null) {
			count("gateway-off");
			return;
		}
		PaymentGateway.QueryAnswer answer;
		try {
			answer = gateway.query(payment.id());
		}
		catch (GatewayUnavailableException ex) {
			// left pending: asked again at the next run
			log.error("R-FEE-2: could not ask {} about payment {}: {}", payment.provider(), payment.id(),
					ex.getMessage());
			count("gateway-error");
			return;
		}
		switch (answer) {
			case PaymentGateway.Found found -> {
				PaymentNotifications.Result result = this.notifications.settle(payment.provider(), found.verified(),
						found.raw());
				if (result != PaymentNotifications.Result.REFUSED) {
					// a refusal is counted where it is recorded
					count(result.name().toLowerCase(Locale.ROOT));
				}
			}
			case PaymentGateway.NoTrade none -> {
				boolean giveUp = payment.createdAt()
					.isBefore(now.minus(this.properties.reconciliation().giveUpAfter()));
				count(giveUp && this.notifications.abandon(payment.provider(), payment.id(), none.raw()) ? "abandoned"
						: "no-trade");
			}
			case PaymentGateway.Untrusted untrusted ->
				this.notifications.refuseAnswer(payment.provider(), payment.id(), untrusted.reason(), untrusted.raw());
		}
	}

	private void count(String outcome) {
		this.meters.counter(METER, "outcome", outcome).increment();
	}

	private record Pending(UUID id, String provider, Instant createdAt) {
	}

}
