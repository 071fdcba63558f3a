package io.kaidian.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A case with everything its reviewer needs, as one statement read it.
 *
 * @param reviewCase the case
 * @param previousAttempts earlier (and later) attempts of the same subject
 * @param late whether it is past its next deadline (an undecided item's or its own)
 * @param now when it was read
 */
@NamedInterface("desk")
public record CaseFile(ReviewCase reviewCase, List<Attempt> previousAttempts, boolean late, Instant now) {

	public CaseFile {
		previousAttempts = List.copyOf(previousAttempts);
	}

	static CaseFile of(ReviewCase reviewCase, List<Attempt> otherAttempts, Instant now) {
		return new CaseFile(reviewCase, otherAttempts, reviewCase.late(now), now);
	}

	/**
	 * Another attempt of the same subject.
	 *
	 * @param id its case
	 * @param attempt its number
	 * @param outcome its outcome, if decided
	 * @param reasons its reasons
	 * @param decidedAt when it was decided
	 */
	public record Attempt(UUID id, int attempt, @Nullable Outcome outcome, List<Reason> reasons,
			@Nullable Instant decidedAt) {

		public Attempt {
			reasons = List.copyOf(reasons);
		}

	}

}
