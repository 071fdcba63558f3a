package io.kaidian.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.review.Reason;

/**
 * Approved TM-status marks run out (PRODUCT.md §4.6): each seller is reminded once,
 * {@code tm-reminder-before} ahead, and a lapsed mark's item is marked {@code EXPIRED}.
 * Run by a db-scheduler task, once across instances; rows are locked and skipped by
 * another instance's run. Guide: docs/guide/settlement-application.md.
 */
@Service
public class TrademarkExpiry {

	private final Applications applications;

	private final ApplicationAudit audit;

	private final ApplicationEventPublisher events;

	private final SettlementProperties properties;

	private final Clock clock;

	TrademarkExpiry(Applications applications, ApplicationAudit audit, ApplicationEventPublisher events,
			SettlementProperties properties, Clock clock) {
		this.applications = applications;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Reminds of the marks about to lapse and expires the lapsed ones.
	 * @return how many reminders and expiries it handled
	 */
	@Transactional
	public int checkTrademarks() {
		Instant now = this.clock.instant();
		Instant horizon = now.atZone(ZoneOffset.UTC).plus(this.properties.tmReminderBefore()).toInstant();
		int handled = 0;
		for (Applications.Due due : this.applications.remindersDue(horizon, now)) {
			remind(due, now);
			handled++;
		}
		for (Applications.Due due : this.applications.expiriesDue(now)) {
			expire(due, now);
			handled++;
		}
		return handled;
	}

	private void remind(Applications.Due due, Instant now) {
		SettlementApplication application = this.applications.byId(due.applicationId()).orElseThrow();
		ApplicationItem item = application.item(due.ref()).orElseThrow();
		this.applications.reminded(application.id(), item.ref(), now);
		this.audit.trademark(application, item, "TM_MARK_REMINDED", "APPROVED", "TM_MARK_EXPIRING");
		this.events.publishEvent(new TrademarkExpiring(application.sellerId(), application.memberId(), application.id(),
				item.key(), item.brand().name(), item.brand().trademarkNumber(), item.expiresAt()));
	}

	private void expire(Applications.Due due, Instant now) {
		SettlementApplication application = this.applications.byId(due.applicationId()).orElseThrow();
		ApplicationItem item = application.item(due.ref()).orElseThrow();
		this.applications.save(application,
				application.itemExpired(item.ref(), new Reason(item.key(), "TM_MARK_EXPIRED", null)), now);
		this.audit.trademark(application, item, "TM_MARK_EXPIRED", "EXPIRED", "TM_MARK_EXPIRED");
		this.events.publishEvent(new TrademarkExpired(application.sellerId(), application.memberId(), application.id(),
				item.key(), item.brand().name(), item.brand().trademarkNumber(), item.expiresAt()));
	}

}
