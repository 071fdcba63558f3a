package io.kaidian.exam;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.NotFoundException;

/**
 * Operators manage the question bank (R-EXAM-2): a new question is its version 1, an edit
 * is a new version; attempts keep the versions they drew (ADR 0026).
 */
@Service
public class QuestionEditing {

	private static final Logger log = LoggerFactory.getLogger(QuestionEditing.class);

	private final Questions questions;

	private final ExamProperties properties;

	QuestionEditing(Questions questions, ExamProperties properties) {
		this.questions = questions;
		this.properties = properties;
	}

	/** The current version of every question, in topic order. */
	@Transactional(readOnly = true)
	public List<Question> bank() {
		return this.questions.current();
	}

	/** The current version of one question. */
	@Transactional(readOnly = true)
	public Question current(UUID questionId) {
		return this.questions.current(questionId).orElseThrow(() -> new NotFoundException("QUESTION_NOT_FOUND"));
	}

	/**
	 * Adds a question.
	 * @throws io.kaidian.platform.rules.RuleViolationException if the draft is not fit
	 * for the bank
	 */
	@Transactional
	public Question add(QuestionDraft draft, UUID operatorId) {
		QuestionRules.Content content = QuestionRules.check(draft, this.properties.textMaxLength());
		UUID id = UUID.randomUUID();
		this.questions.add(id, null, content, operatorId.toString());
		log.info("R-EXAM-2: operator {} added question {}", operatorId, id);
		return this.questions.current(id).orElseThrow();
	}

	/**
	 * Writes a new version of a question; attempts that drew an earlier one are scored on
	 * it still.
	 * @throws NotFoundException {@code QUESTION_NOT_FOUND}
	 */
	@Transactional
	public Question edit(UUID questionId, QuestionDraft draft, UUID operatorId) {
		QuestionRules.Content content = QuestionRules.check(draft, this.properties.textMaxLength());
		int version = this.questions.addVersion(questionId, content, operatorId.toString())
			.orElseThrow(() -> new NotFoundException("QUESTION_NOT_FOUND"));
		log.info("R-EXAM-2: operator {} wrote version {} of question {}", operatorId, version, questionId);
		return this.questions.current(questionId).orElseThrow();
	}

}
