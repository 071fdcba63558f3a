package io.kaidian.exam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * What makes a question fit for the bank (R-EXAM-2; docs/guide/exam.md): a known topic,
 * the question and every option in both languages, 3 to 5 options, exactly one right, and
 * no rule numbers or specification references, which sellers never see.
 */
final class QuestionRules {

	static final int MIN_OPTIONS = 3;

	static final int MAX_OPTIONS = 5;

	/** A rule number ({@code R-EXAM-2}) or a reference to the specification or an ADR. */
	private static final Pattern CITATION = Pattern.compile("\\bR-[A-Z]+(-\\d+)?\\b|PRODUCT\\.md|\\bADR\\s*\\d+");

	private QuestionRules() {
	}

	/**
	 * The draft as a new version's content, with new option ids.
	 * @throws RuleViolationException with every field that is wrong
	 */
	static Content check(QuestionDraft draft, int maxLength) {
		List<Violation> violations = new ArrayList<>();
		Topic topic = Arrays.stream(Topic.values())
			.filter((candidate) -> candidate.name().equals(draft.topic()))
			.findFirst()
			.orElse(null);
		if (topic == null) {
			violations.add(Violation.of("topic", "QUESTION_TOPIC_INVALID"));
		}
		text("textEn", draft.textEn(), maxLength, violations);
		text("textZh", draft.textZh(), maxLength, violations);
		List<QuestionDraft.OptionDraft> options = draft.options() != null ? draft.options() : List.of();
		if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
			violations.add(Violation.of("options", "QUESTION_OPTIONS_COUNT", MIN_OPTIONS, MAX_OPTIONS));
		}
		else if (options.stream()
			.filter((option) -> option != null && Boolean.TRUE.equals(option.correct()))
			.count() != 1) {
			violations.add(Violation.of("options", "QUESTION_ONE_RIGHT_OPTION"));
		}
		List<Question.Option> checked = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			QuestionDraft.OptionDraft option = options.get(i);
			String en = option != null ? option.textEn() : null;
			String zh = option != null ? option.textZh() : null;
			text("options[" + i + "].textEn", en, maxLength, violations);
			text("options[" + i + "].textZh", zh, maxLength, violations);
			checked.add(new Question.Option(UUID.randomUUID(), en != null ? en.strip() : "",
					zh != null ? zh.strip() : "", option != null && Boolean.TRUE.equals(option.correct())));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return new Content(topic, new Bilingual(draft.textEn().strip(), draft.textZh().strip()), checked);
	}

	private static void text(String field, @Nullable String text, int maxLength, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, "QUESTION_TEXT_REQUIRED"));
		}
		else if (text.strip().length() > maxLength) {
			violations.add(Violation.of(field, "QUESTION_TEXT_TOO_LONG", maxLength));
		}
		else if (CITATION.matcher(text).find()) {
			violations.add(Violation.of(field, "QUESTION_TEXT_CITES_RULE"));
		}
	}

	/**
	 * A checked question's content.
	 *
	 * @param topic its topic
	 * @param text the question
	 * @param options the options, each with a new id
	 */
	record Content(Topic topic, Bilingual text, List<Question.Option> options) {
	}

}
