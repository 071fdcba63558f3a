package io.kaidian.exam;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question as one attempt drew it: the version, the options in the order shown under
 * ids of this attempt only, and the seller's choice (ADR 0026).
 *
 * @param position its place in the attempt, from 0
 * @param questionId the question
 * @param version the version drawn, which scores it
 * @param options the options in the order shown
 * @param chosen the option of the version the seller chose, none before answering or if
 * left out
 * @param correct whether the choice was right, once answered
 */
record AttemptQuestion(int position, UUID questionId, int version, List<Shown> options, @Nullable UUID chosen,
		@Nullable Boolean correct) {

	AttemptQuestion {
		options = List.copyOf(options);
	}

	/** The version's option shown under that id. */
	Optional<UUID> option(UUID shownId) {
		return this.options.stream().filter((shown) -> shown.shown().equals(shownId)).map(Shown::option).findFirst();
	}

	Questions.Version ref() {
		return new Questions.Version(this.questionId, this.version);
	}

	/**
	 * An option as shown in one attempt.
	 *
	 * @param shown the id the seller sees and answers with, of this attempt only
	 * @param option the version's option
	 */
	record Shown(UUID shown, UUID option) {
	}

}
