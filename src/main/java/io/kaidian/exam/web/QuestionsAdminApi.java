package io.kaidian.exam.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.exam.Question;
import io.kaidian.exam.QuestionDraft;
import io.kaidian.exam.QuestionEditing;
import io.kaidian.exam.Topic;
import io.kaidian.platform.security.KaidianUser;

/**
 * The operators' question bank (API.md, "Exam"; docs/guide/exam.md): every question's
 * current version with its key, and writing new questions and new versions.
 */
@RestController
@Tag(name = "Exam", description = "R-EXAM: the rules exam after the fees, and its question bank")
class QuestionsAdminApi {

	private static final QuestionDraft EMPTY = new QuestionDraft(null, null, null, null);

	private final QuestionEditing editing;

	QuestionsAdminApi(QuestionEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/api/v1/admin/exam/questions")
	@Operation(summary = "The question bank", description = "Every question's current version, with the right "
			+ "option marked, in the caller's language (textEn and textZh both)")
	List<QuestionJson> bank(Locale locale) {
		return this.editing.bank().stream().map((question) -> QuestionJson.of(question, locale)).toList();
	}

	@PostMapping("/api/v1/admin/exam/questions")
	@Operation(summary = "Add a question", description = "201 with its version 1; 422 naming each field that is "
			+ "wrong (topic, texts in both languages, 3 to 5 options, exactly one right)")
	ResponseEntity<QuestionJson> add(@RequestBody @Nullable QuestionDraft draft,
			@AuthenticationPrincipal KaidianUser operator, Locale locale) {
		Question question = this.editing.add(draft != null ? draft : EMPTY, operator.accountId());
		return ResponseEntity.created(URI.create("/api/v1/admin/exam/questions/" + question.id()))
			.body(QuestionJson.of(question, locale));
	}

	@PutMapping("/api/v1/admin/exam/questions/{id}")
	@Operation(summary = "Write a new version of a question",
			description = "200 with the new version; attempts that drew an earlier one are scored on it still; "
					+ "404 QUESTION_NOT_FOUND; 422 as for adding")
	QuestionJson edit(@PathVariable UUID id, @RequestBody @Nullable QuestionDraft draft,
			@AuthenticationPrincipal KaidianUser operator, Locale locale) {
		return QuestionJson.of(this.editing.edit(id, draft != null ? draft : EMPTY, operator.accountId()), locale);
	}

	/**
	 * A question's current version, for operators.
	 *
	 * @param id the question
	 * @param topic its topic
	 * @param version its current version
	 * @param text the question in the caller's language
	 * @param textEn in English
	 * @param textZh in Chinese
	 * @param options the options, the right one marked
	 */
	record QuestionJson(UUID id, Topic topic, int version, String text, String textEn, String textZh,
			List<OptionJson> options) {

		static QuestionJson of(Question question, Locale locale) {
			return new QuestionJson(question.id(), question.topic(), question.version(), question.text().in(locale),
					question.text().en(), question.text().zh(),
					question.options()
						.stream()
						.map((o) -> new OptionJson(o.id(), o.text().in(locale), o.en(), o.zh(), o.correct()))
						.toList());
		}

	}

	record OptionJson(UUID id, String text, String textEn, String textZh, boolean correct) {
	}

}
