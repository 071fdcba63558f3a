package io.kaidian.exam;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * Takes a seller's answers to an attempt (R-EXAM-2; docs/guide/exam.md): once, before it
 * expires. Each answer is scored on the version of the question the attempt drew, so an
 * edit of the bank meanwhile changes nothing (ADR 0026). A question left out is wrong.
 * Passing publishes {@link ExamPassed}; failing sets the retake time.
 */
@Service
public class AttemptAnswering {

	private static final Logger log = LoggerFactory.getLogger(AttemptAnswering.class);

	private final Attempts attempts;

	private final Questions questions;

	private final AttemptSheets sheets;

	private final CoolDownPolicy coolDown;

	private final ExamProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttemptAnswering(Attempts attempts, Questions questions, AttemptSheets sheets, CoolDownPolicy coolDown,
			ExamProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.attempts = attempts;
		this.questions = questions;
		this.sheets = sheets;
		this.coolDown = coolDown;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Scores the answers, question id to the option id shown in this attempt.
	 * @throws NotFoundException {@code ATTEMPT_NOT_FOUND} for an attempt that is not the
	 * seller's
	 * @throws io.kaidian.platform.rules.ConflictException {@code ATTEMPT_ANSWERED} the
	 * second time, {@code ATTEMPT_EXPIRED} after its time
	 * @throws RuleViolationException naming each answer to a question or with an option
	 * not of this attempt
	 */
	@Transactional
	public AttemptResult answer(UUID sellerId, UUID attemptId, Map<String, String> answers) {
		Attempt attempt = this.attempts.lock(sellerId, attemptId)
			.orElseThrow(() -> new NotFoundException("ATTEMPT_NOT_FOUND"));
		Instant now = this.clock.instant();
		attempt.requireAnswerable(now);
		List<AttemptQuestion> drawn = this.attempts.questions(attemptId);
		Map<UUID, UUID> chosen = chosen(drawn, answers);
		Map<Questions.Version, Question> versions = this.questions
			.versions(drawn.stream().map(AttemptQuestion::ref).toList());
		int right = 0;
		for (AttemptQuestion question : drawn) {
			UUID option = chosen.get(question.questionId());
			boolean correct = option != null
					&& versions.get(question.ref()).option(option).map(Question.Option::correct).orElse(false);
			right += correct ? 1 : 0;
			this.attempts.answer(attemptId, question.questionId(), option, correct);
		}
		int score = right * 100 / drawn.size();
		boolean passed = right * 100 >= this.properties.passPercent() * drawn.size();
		@Nullable Instant retakeAfter = passed ? null : this.coolDown.retakeAfter(now, this.attempts.failures(sellerId) + 1);
		this.attempts.close(attemptId, passed ? Attempt.Outcome.PASSED : Attempt.Outcome.FAILED, score, now,
				retakeAfter);
		log.info("R-EXAM-2: attempt {} of seller {} scored {}% ({} of {}), {}", attemptId, sellerId, score, right,
				drawn.size(), passed ? "passed" : "failed, retake after " + retakeAfter);
		if (passed) {
			this.events.publishEvent(new ExamPassed(sellerId, attemptId, score, now));
		}
		return this.sheets.result(this.attempts.find(sellerId, attemptId).orElseThrow());
	}

	/**
	 * The version's option chosen for each question.
	 * @throws RuleViolationException naming every answer that is not of this attempt
	 */
	private static Map<UUID, UUID> chosen(List<AttemptQuestion> drawn, Map<String, String> answers) {
		Map<UUID, AttemptQuestion> byId = new HashMap<>();
		drawn.forEach((question) -> byId.put(question.questionId(), question));
		Map<UUID, UUID> chosen = new HashMap<>();
		List<Violation> violations = new ArrayList<>();
		answers.forEach((questionId, optionId) -> {
			String field = "answers." + questionId;
			Optional<AttemptQuestion> question = uuid(questionId).map(byId::get);
			if (question.isEmpty()) {
				violations.add(Violation.of(field, "ANSWER_QUESTION_UNKNOWN"));
				return;
			}
			Optional<UUID> option = uuid(optionId).flatMap(question.get()::option);
			if (option.isEmpty()) {
				violations.add(Violation.of(field, "ANSWER_OPTION_UNKNOWN"));
				return;
			}
			chosen.put(question.get().questionId(), option.get());
		});
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return chosen;
	}

	private static Optional<UUID> uuid(@Nullable String text) {
		try {
			return text != null ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
