package io.kaidian.exam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a question of the bank (R-EXAM-2). A version never changes: an edit is a
 * new version, and an attempt keeps the versions it drew (ADR 0026). Which option is
 * right stays on the server: nothing a seller receives carries it.
 *
 * @param id the question, the same across its versions
 * @param version 1, 2, … in the order they were written
 * @param topic what it is about
 * @param text the question
 * @param options 3 to 5 options, exactly one right
 * @param seedKey the seed's key ({@code REG-01}), none for questions operators added
 * @param createdBy who wrote this version ({@code seed} or the operator's id)
 * @param createdAt when
 */
public record Question(UUID id, int version, Topic topic, Bilingual text, List<Option> options,
		@Nullable String seedKey, String createdBy, Instant createdAt) {

	public Question {
		options = List.copyOf(options);
	}

	/** One of this version's options. */
	public Optional<Option> option(UUID optionId) {
		return this.options.stream().filter((option) -> option.id().equals(optionId)).findFirst();
	}

	/**
	 * An option of one version of a question.
	 *
	 * @param id the option of this version (a new version has new option ids)
	 * @param en its English text
	 * @param zh its Chinese text
	 * @param correct whether it is the right answer
	 */
	public record Option(UUID id, String en, String zh, boolean correct) {

		public Bilingual text() {
			return new Bilingual(this.en, this.zh);
		}

	}

}
