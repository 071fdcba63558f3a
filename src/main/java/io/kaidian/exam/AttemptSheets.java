package io.kaidian.exam;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Builds what a seller sees of an attempt from the versions it drew: the sheet to answer
 * and the result, neither carrying the key.
 */
@Component
class AttemptSheets {

	private final Attempts attempts;

	private final Questions questions;

	AttemptSheets(Attempts attempts, Questions questions) {
		this.attempts = attempts;
		this.questions = questions;
	}

	AttemptSheet sheet(Attempt attempt) {
		List<AttemptQuestion> drawn = this.attempts.questions(attempt.id());
		Map<Questions.Version, Question> versions = this.questions
			.versions(drawn.stream().map(AttemptQuestion::ref).toList());
		return new AttemptSheet(attempt.id(), attempt.startedAt(), attempt.expiresAt(), drawn.stream().map((q) -> {
			Question version = versions.get(q.ref());
			return new AttemptSheet.SheetQuestion(q.questionId(), version.text(),
					q.options()
						.stream()
						.map((shown) -> new AttemptSheet.SheetOption(shown.shown(),
								version.option(shown.option()).orElseThrow().text()))
						.toList());
		}).toList());
	}

	/** The result of a closed attempt. */
	AttemptResult result(Attempt attempt) {
		boolean passed = attempt.outcome() == Attempt.Outcome.PASSED;
		return new AttemptResult(attempt.id(), attempt.outcome(), attempt.score() != null ? attempt.score() : 0, passed,
				attempt.retakeAfter(), passed ? List.of() : topicsToStudy(attempt));
	}

	/** The topics of the questions not answered right, in topic order. */
	private List<Topic> topicsToStudy(Attempt attempt) {
		List<AttemptQuestion> drawn = this.attempts.questions(attempt.id());
		Map<Questions.Version, Question> versions = this.questions
			.versions(drawn.stream().map(AttemptQuestion::ref).toList());
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		drawn.stream()
			.filter((q) -> !Boolean.TRUE.equals(q.correct()))
			.forEach((q) -> topics.add(versions.get(q.ref()).topic()));
		return List.copyOf(topics);
	}

}
