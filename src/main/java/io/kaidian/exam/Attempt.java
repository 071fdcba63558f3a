package io.kaidian.exam;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.ConflictException;

/**
 * One attempt at the exam (R-EXAM-2): open until answered or until it expires; answered
 * once.
 *
 * @param id the attempt
 * @param sellerId whose
 * @param startedAt when it was drawn
 * @param expiresAt when answers stop being accepted
 * @param closedAt when it was answered or found expired
 * @param outcome how it ended, none while open
 * @param score the score in percent, once answered
 * @param retakeAfter when a failed seller may try again
 */
public record Attempt(UUID id, UUID sellerId, Instant startedAt, Instant expiresAt, @Nullable Instant closedAt,
		@Nullable Outcome outcome, @Nullable Integer score, @Nullable Instant retakeAfter) {

	/** Whether it still takes answers at that time. */
	public boolean answerable(Instant now) {
		return this.closedAt == null && now.isBefore(this.expiresAt);
	}

	/** Open but past its time: it counts as failed once noticed. */
	public boolean expiredUnanswered(Instant now) {
		return this.closedAt == null && !now.isBefore(this.expiresAt);
	}

	/**
	 * @throws ConflictException {@code ATTEMPT_ANSWERED} once answered,
	 * {@code ATTEMPT_EXPIRED} after its time
	 */
	void requireAnswerable(Instant now) {
		if (this.closedAt != null) {
			throw new ConflictException(this.outcome == Outcome.EXPIRED ? "ATTEMPT_EXPIRED" : "ATTEMPT_ANSWERED");
		}
		if (!now.isBefore(this.expiresAt)) {
			throw new ConflictException("ATTEMPT_EXPIRED");
		}
	}

	/** How an attempt ended. */
	public enum Outcome {

		/** Answered with at least the pass mark. */
		PASSED,

		/** Answered below the pass mark. */
		FAILED,

		/** Not answered in time: failed with no score. */
		EXPIRED

	}

}
