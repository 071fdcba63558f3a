package io.kaidian.exam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open attempt as the seller sees it: the questions and their options in the order
 * drawn, with no sign of which option is right (ADR 0026). It holds nothing more, so no
 * page or answer built from it can leak the key.
 *
 * @param attemptId the attempt
 * @param startedAt when it was drawn
 * @param expiresAt when answers stop being accepted
 * @param questions the questions
 */
public record AttemptSheet(UUID attemptId, Instant startedAt, Instant expiresAt, List<SheetQuestion> questions) {

	public AttemptSheet {
		questions = List.copyOf(questions);
	}

	/**
	 * A question of the sheet.
	 *
	 * @param id the question
	 * @param text the question's text
	 * @param options the options in the order shown
	 */
	public record SheetQuestion(UUID id, Bilingual text, List<SheetOption> options) {

		public SheetQuestion {
			options = List.copyOf(options);
		}

	}

	/**
	 * An option as shown.
	 *
	 * @param id its id in this attempt only
	 * @param text its text
	 */
	public record SheetOption(UUID id, Bilingual text) {
	}

}
