package io.kaidian.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.review.Reason;

/**
 * R-ID-4: a case waiting on the Alipay step for longer than two months (config) expires;
 * the seller then starts a new one. Run by the expiry task of {@link IdentityJobs}.
 */
@Service
class IdentityExpiry {

	private final IdentityCases cases;

	private final IdentityAudit audit;

	private final ApplicationEventPublisher events;

	private final IdentityProperties properties;

	private final Clock clock;

	IdentityExpiry(IdentityCases cases, IdentityAudit audit, ApplicationEventPublisher events,
			IdentityProperties properties, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** R-ID-4: cases waiting on the Alipay step for longer than two months expire. */
	@Transactional
	public int expireWaiting() {
		Instant now = this.clock.instant();
		Instant cutoff = now.atZone(ZoneOffset.UTC).minus(this.properties.providerTimeout()).toInstant();
		List<IdentityCase> waiting = this.cases.awaitingSince(cutoff);
		for (IdentityCase c : waiting) {
			this.cases.transition(c, c.expired(new Reason("method", "AUTHENTICATION_EXPIRED", null)), now, null);
			this.audit.record(c, "EXPIRED", "AWAITING_PROVIDER", "EXPIRED", "R-ID-4");
			this.events.publishEvent(new IdentityRejected(c.sellerId(), c.memberId(), c.id(),
					List.of(new Reason("method", "AUTHENTICATION_EXPIRED", null))));
		}
		return waiting.size();
	}

}
