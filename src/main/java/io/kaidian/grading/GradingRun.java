package io.kaidian.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One grading of one month (API.md, "Grading").
 *
 * @param runId its id
 * @param month the month graded
 * @param ruleVersion the rules it applied
 * @param rerun whether it replaced a published month on request
 * @param status where it is
 * @param merchants merchants graded so far
 * @param requestedBy who asked (an operator's email, or the monthly schedule)
 * @param startedAt when it started
 * @param finishedAt when it ended, if it has
 * @param executions how many times an executor took it up (more than one: it resumed)
 */
public record GradingRun(UUID runId, YearMonth month, int ruleVersion, boolean rerun, Status status, long merchants,
		String requestedBy, Instant startedAt, @Nullable Instant finishedAt, int executions) {

	/** How long it took, or has taken so far by the given time. */
	public Duration duration(Instant now) {
		return Duration.between(this.startedAt, this.finishedAt != null ? this.finishedAt : now);
	}

	/** Where a run is. */
	public enum Status {

		/** grading bucket after bucket */
		RUNNING,

		/** every merchant graded; the month is published */
		DONE,

		/** stopped on an error; a new run may be started */
		FAILED

	}

}
