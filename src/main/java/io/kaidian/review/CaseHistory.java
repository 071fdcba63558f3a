package io.kaidian.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.audit.AuditTrail;

/**
 * Records each step of a case in the seller's history ({@code review-case:<id>}): opened,
 * claimed, released, decided (whole or items), escalated.
 */
@Component
class CaseHistory {

	private final AuditTrail audit;

	CaseHistory(AuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * @param c the case
	 * @param step what happened
	 * @param actor who did it ({@code null} for the system or the seller)
	 * @param reason the reason codes, if any
	 * @param detail what else to keep; the case's id and queue are added
	 */
	void record(ReviewCase c, Step step, @Nullable UUID actor, @Nullable String reason, Map<String, Object> detail) {
		Map<String, Object> all = new HashMap<>(detail);
		all.put("caseId", c.id().toString());
		all.put("queue", c.queue().name());
		// a decision's state after is its outcome
		String to = step.to != null ? step.to : Objects.requireNonNull(c.outcome()).name();
		this.audit.record(new AuditTrail.Entry(c.memberId(), "review-case:" + c.id(), step.name(), step.from, to, actor,
				step.actorKind, reason, all));
	}

	/** The reasons' codes, each once, comma-separated; {@code null} for none. */
	static @Nullable String codes(List<Reason> reasons) {
		return reasons.stream().map(Reason::code).distinct().reduce((a, b) -> a + "," + b).orElse(null);
	}

	/** A recorded step: its action, the states from and to, and who takes it. */
	enum Step {

		/** the owner put the case on its queue */
		OPENED(null, "OPEN", "SELLER"),

		/** a reviewer took it */
		CLAIMED("UNASSIGNED", "ASSIGNED", "STAFF"),

		/** the reviewer gave it back */
		RELEASED("ASSIGNED", "UNASSIGNED", "STAFF"),

		/** some items decided, the rest later (R-APP-5) */
		ITEMS_DECIDED("OPEN", "OPEN", "STAFF"),

		/** decided; the state after is the outcome */
		DECIDED("OPEN", null, "STAFF"),

		/**
		 * the assigned reviewer saw a masked number in full (ADR 0030); the field in the
		 * detail
		 */
		NUMBER_REVEALED("ASSIGNED", "ASSIGNED", "STAFF"),

		/** past its next deadline */
		ESCALATED(null, "LATE", "SYSTEM");

		private final @Nullable String from;

		private final @Nullable String to;

		private final String actorKind;

		Step(@Nullable String from, @Nullable String to, String actorKind) {
			this.from = from;
			this.to = to;
			this.actorKind = actorKind;
		}

	}

}
