package io.kaidian.exam.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.exam.AttemptAnswering;
import io.kaidian.exam.AttemptResult;
import io.kaidian.exam.AttemptSheet;
import io.kaidian.exam.AttemptStarting;
import io.kaidian.exam.Topic;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;

/**
 * The seller's exam (API.md, "Exam"; docs/guide/exam.md). Nothing it answers says which
 * option is right (ADR 0026).
 */
@RestController
@Tag(name = "Exam", description = "R-EXAM: the rules exam after the fees, and its question bank")
class ExamApi {

	private final AttemptStarting starting;

	private final AttemptAnswering answering;

	private final MessageSource messages;

	ExamApi(AttemptStarting starting, AttemptAnswering answering, MessageSource messages) {
		this.starting = starting;
		this.answering = answering;
		this.messages = messages;
	}

	@PostMapping("/api/v1/me/exam/attempts")
	@Operation(summary = "Start an attempt, or get the open one",
			description = "201 with a new attempt, 200 with the open one; 409 EXAM_NOT_DUE before the fees are "
					+ "paid, EXAM_PASSED once passed, EXAM_RETAKE_NOT_YET during the cool-down")
	ResponseEntity<SheetJson> start(@AuthenticationPrincipal KaidianUser seller, Locale locale) {
		AttemptStarting.Started started = this.starting.start(seller.accountId());
		return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(SheetJson.of(started.sheet(), locale));
	}

	@PostMapping("/api/v1/me/exam/attempts/{attemptId}/answers")
	@Operation(summary = "Answer an attempt, once, before it expires",
			description = "200 with the score, and for a failure the topics to study and the retake time; "
					+ "409 ATTEMPT_ANSWERED the second time, ATTEMPT_EXPIRED after its time; 404 for another "
					+ "seller's attempt; 422 for an answer to a question or with an option not of this attempt")
	ResultJson answer(@PathVariable UUID attemptId, @RequestBody @Nullable AnswersRequest request,
			@AuthenticationPrincipal KaidianUser seller, Locale locale) {
		if (request == null || request.answers() == null) {
			throw RuleViolationException.of("answers", "ANSWERS_REQUIRED");
		}
		AttemptResult result = this.answering.answer(seller.accountId(), attemptId, request.answers());
		return ResultJson.of(result, locale, this.messages);
	}

	/**
	 * The answers to an attempt.
	 *
	 * @param answers question id to the id of the option chosen; a question left out is
	 * wrong
	 */
	record AnswersRequest(@Nullable Map<String, String> answers) {
	}

	/**
	 * An attempt as the seller answers it, in the caller's language.
	 *
	 * @param attemptId the attempt
	 * @param expiresAt when answers stop being accepted
	 * @param questions the questions with their options, in the order shown
	 */
	record SheetJson(UUID attemptId, Instant expiresAt, List<QuestionJson> questions) {

		static SheetJson of(AttemptSheet sheet, Locale locale) {
			return new SheetJson(sheet.attemptId(), sheet.expiresAt(),
					sheet.questions()
						.stream()
						.map((q) -> new QuestionJson(q.id(), q.text().in(locale),
								q.options().stream().map((o) -> new OptionJson(o.id(), o.text().in(locale))).toList()))
						.toList());
		}

	}

	record QuestionJson(UUID id, String text, List<OptionJson> options) {
	}

	record OptionJson(UUID id, String text) {
	}

	/**
	 * An attempt's result: never the right answers.
	 *
	 * @param score in percent
	 * @param passed whether it passed
	 * @param retakeAfter when a failed seller may try again
	 * @param topicsToStudy the topics answered wrong, each with its section of the rules
	 */
	record ResultJson(int score, boolean passed, @Nullable Instant retakeAfter, List<TopicJson> topicsToStudy) {

		static ResultJson of(AttemptResult result, Locale locale, MessageSource messages) {
			return new ResultJson(result.score(), result.passed(), result.retakeAfter(),
					result.topicsToStudy().stream().map((topic) -> TopicJson.of(topic, locale, messages)).toList());
		}

	}

	/**
	 * A topic to study.
	 *
	 * @param topic the topic
	 * @param title its name in the caller's language
	 * @param guide the page of the rules to read
	 */
	record TopicJson(Topic topic, String title, String guide) {

		static TopicJson of(Topic topic, Locale locale, MessageSource messages) {
			return new TopicJson(topic, messages.getMessage("exam.topic." + topic.name(), null, locale),
					ExamPages.RULES + "#" + topic.anchor());
		}

	}

}
