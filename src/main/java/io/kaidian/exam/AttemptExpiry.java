package io.kaidian.exam;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Closes an attempt whose time ran out unanswered (R-EXAM-2): it counts as a failure with
 * no score, and the cool-down runs from its expiry, so that starting attempts to look at
 * questions earns nothing (ADR 0026). Noticed when the seller next asks for an attempt.
 */
@Component
class AttemptExpiry {

	private static final Logger log = LoggerFactory.getLogger(AttemptExpiry.class);

	private final Attempts attempts;

	private final CoolDownPolicy coolDown;

	private final Clock clock;

	AttemptExpiry(Attempts attempts, CoolDownPolicy coolDown, Clock clock) {
		this.attempts = attempts;
		this.coolDown = coolDown;
		this.clock = clock;
	}

	/** Closes the attempt as expired if its time is over; an answerable one is left. */
	void close(Attempt attempt) {
		if (!attempt.expiredUnanswered(this.clock.instant())) {
			return;
		}
		int failures = this.attempts.failures(attempt.sellerId()) + 1;
		if (this.attempts.close(attempt.id(), Attempt.Outcome.EXPIRED, 0, attempt.expiresAt(),
				this.coolDown.retakeAfter(attempt.expiresAt(), failures))) {
			log.info("R-EXAM-2: attempt {} expired unanswered (failure {})", attempt.id(), failures);
		}
	}

	/** What an expired open attempt will be once closed: for looking only. */
	Attempt asClosed(Attempt attempt) {
		int failures = this.attempts.failures(attempt.sellerId()) + 1;
		return new Attempt(attempt.id(), attempt.sellerId(), attempt.startedAt(), attempt.expiresAt(),
				attempt.expiresAt(), Attempt.Outcome.EXPIRED, 0,
				this.coolDown.retakeAfter(attempt.expiresAt(), failures));
	}

}
