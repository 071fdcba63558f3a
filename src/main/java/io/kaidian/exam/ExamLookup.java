package io.kaidian.exam;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a seller stands with the exam, for its pages (docs/guide/exam.md): not yet due,
 * ready, an attempt in progress, cooling down after a failure, or passed.
 */
@Service
@Transactional(readOnly = true)
public class ExamLookup {

	private final Attempts attempts;

	private final AttemptSheets sheets;

	private final AttemptExpiry expiry;

	private final ExamProperties properties;

	private final Clock clock;

	ExamLookup(Attempts attempts, AttemptSheets sheets, AttemptExpiry expiry, ExamProperties properties, Clock clock) {
		this.attempts = attempts;
		this.sheets = sheets;
		this.expiry = expiry;
		this.properties = properties;
		this.clock = clock;
	}

	/** The seller's standing, with its open attempt or its last result. */
	public Status status(UUID sellerId) {
		Instant now = this.clock.instant();
		Optional<Attempt> passed = this.attempts.passed(sellerId);
		if (passed.isPresent()) {
			return new Status(State.PASSED, null, this.sheets.result(passed.get()), now);
		}
		if (!this.attempts.eligible(sellerId)) {
			return new Status(State.NOT_DUE, null, null, now);
		}
		Optional<Attempt> open = this.attempts.open(sellerId);
		if (open.isPresent() && open.get().answerable(now)) {
			return new Status(State.IN_PROGRESS, open.get().id(), null, now);
		}
		Optional<Attempt> last = open.map(this.expiry::asClosed).or(() -> this.attempts.lastClosed(sellerId));
		AttemptResult result = last.map(this.sheets::result).orElse(null);
		boolean coolingDown = result != null && result.retakeAfter() != null && now.isBefore(result.retakeAfter());
		return new Status(coolingDown ? State.COOLING_DOWN : State.READY, null, result, now);
	}

	/** The seller's attempt, while it takes answers. */
	public Optional<AttemptSheet> answerable(UUID sellerId, UUID attemptId) {
		Instant now = this.clock.instant();
		return this.attempts.find(sellerId, attemptId).filter((a) -> a.answerable(now)).map(this.sheets::sheet);
	}

	/**
	 * How the seller's attempt ended; none while it takes answers or if not the seller's.
	 */
	public Optional<AttemptResult> result(UUID sellerId, UUID attemptId) {
		Instant now = this.clock.instant();
		return this.attempts.find(sellerId, attemptId)
			.filter((attempt) -> !attempt.answerable(now))
			.map((attempt) -> attempt.closedAt() == null ? this.expiry.asClosed(attempt) : attempt)
			.map(this.sheets::result);
	}

	/** What an attempt is: how many questions, how long, the pass mark. */
	public Terms terms() {
		return new Terms(this.properties.questions(), this.properties.duration().toMinutes(),
				this.properties.passPercent());
	}

	/** Where a seller stands. */
	public enum State {

		/** The fees are not paid yet. */
		NOT_DUE,

		/** It may start an attempt. */
		READY,

		/** An attempt takes answers. */
		IN_PROGRESS,

		/** It failed and waits for the retake time. */
		COOLING_DOWN,

		/** It passed. */
		PASSED

	}

	/**
	 * A seller's standing.
	 *
	 * @param state where it stands
	 * @param openAttempt the attempt in progress
	 * @param last the last result, the passing one once passed
	 * @param now the server's time it was looked up at
	 */
	public record Status(State state, @Nullable UUID openAttempt, @Nullable AttemptResult last, Instant now) {
	}

	/**
	 * The terms of an attempt.
	 *
	 * @param questions how many questions
	 * @param minutes how long
	 * @param passPercent the pass mark
	 */
	public record Terms(int questions, long minutes, int passPercent) {
	}

}
