package io.kaidian.identity;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.kaidian.review.Reason;

/**
 * Refuses a case with reasons, whoever refused it (a reviewer, a rule at approval, the
 * Alipay step, a ban at submission), and tells the seller through
 * {@link IdentityRejected}.
 */
@Component
class IdentityRefusal {

	private final IdentityCases cases;

	private final IdentityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdentityRefusal(IdentityCases cases, IdentityAudit audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	void refuse(IdentityCase current, List<Reason> reasons, String from) {
		this.cases.transition(current, current.rejected(reasons), this.clock.instant(), null);
		this.audit.record(current, "REJECTED", from, "REJECTED",
				reasons.stream().map(Reason::code).distinct().collect(Collectors.joining(",")));
		this.events.publishEvent(new IdentityRejected(current.sellerId(), current.memberId(), current.id(), reasons));
	}

}
