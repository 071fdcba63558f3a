package io.kaidian.exam.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.exam.ExamStatistics;
import io.kaidian.exam.Question;
import io.kaidian.exam.QuestionDraft;
import io.kaidian.exam.QuestionEditing;
import io.kaidian.exam.Topic;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;

/**
 * The operators' exam pages (docs/guide/exam.md): the bank with each question's figures
 * (answered, share right, the wrong option chosen most) and the pass rate per week; the
 * editor, whose every save is a new version of the question.
 */
@Controller
class QuestionBankPages {

	static final String BANK = "/staff/operations/exam";

	static final int OPTION_ROWS = 5;

	private final QuestionEditing editing;

	private final ExamStatistics statistics;

	private final MessageSource messages;

	QuestionBankPages(QuestionEditing editing, ExamStatistics statistics, MessageSource messages) {
		this.editing = editing;
		this.statistics = statistics;
		this.messages = messages;
	}

	@GetMapping(BANK)
	String bank(Model model) {
		model.addAttribute("questions", this.statistics.questions());
		model.addAttribute("weeks", this.statistics.weeks());
		return "exam/bank";
	}

	@GetMapping(BANK + "/questions/new")
	String create(Model model) {
		return form(model, null, Form.empty(), List.of());
	}

	@GetMapping(BANK + "/questions/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Question question = this.editing.current(id);
		return form(model, question, Form.of(question), List.of());
	}

	@PostMapping(BANK + "/questions")
	String add(@RequestParam Map<String, String> fields, KaidianUser operator, Locale locale, Model model,
			RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			Question added = this.editing.add(form.draft(), operator.accountId());
			redirect.addFlashAttribute("saved", added.id());
			return "redirect:" + BANK;
		}
		catch (RuleViolationException ex) {
			return form(model, null, form, errors(ex, locale));
		}
	}

	@PostMapping(BANK + "/questions/{id}")
	String save(@PathVariable UUID id, @RequestParam Map<String, String> fields, KaidianUser operator, Locale locale,
			Model model, RedirectAttributes redirect) {
		Form form = Form.of(fields);
		try {
			this.editing.edit(id, form.draft(), operator.accountId());
			redirect.addFlashAttribute("saved", id);
			return "redirect:" + BANK;
		}
		catch (RuleViolationException ex) {
			return form(model, this.editing.current(id), form, errors(ex, locale));
		}
	}

	private String form(Model model, @Nullable Question question, Form form, List<String> errors) {
		model.addAttribute("question", question);
		model.addAttribute("form", form);
		model.addAttribute("topics", List.of(Topic.values()));
		model.addAttribute("errors", errors);
		return "exam/question-form";
	}

	private List<String> errors(RuleViolationException ex, Locale locale) {
		return ex.violations()
			.stream()
			.map((v) -> (v.field() != null ? v.field() + ": " : "")
					+ this.messages.getMessage("violation." + v.code(), v.arguments(), v.code(), locale))
			.toList();
	}

	private static List<String> rows(@Nullable List<String> values) {
		List<String> rows = new ArrayList<>(values != null ? values : List.of());
		while (rows.size() < OPTION_ROWS) {
			rows.add("");
		}
		return List.copyOf(rows.subList(0, OPTION_ROWS));
	}

	/**
	 * The editor's fields: the question and {@value #OPTION_ROWS} option rows, of which
	 * the empty ones are left out.
	 *
	 * @param topic the topic's name
	 * @param textEn the question in English
	 * @param textZh the question in Chinese
	 * @param optionEn the options in English
	 * @param optionZh the options in Chinese
	 * @param correct the row of the right option
	 */
	record Form(@Nullable String topic, @Nullable String textEn, @Nullable String textZh, List<String> optionEn,
			List<String> optionZh, @Nullable Integer correct) {

		/**
		 * The posted fields: {@code topic}, {@code textEn}, {@code textZh},
		 * {@code optionEn.<row>}, {@code optionZh.<row>} and {@code correct} (a row).
		 */
		static Form of(Map<String, String> fields) {
			List<String> en = new ArrayList<>();
			List<String> zh = new ArrayList<>();
			for (int i = 0; i < OPTION_ROWS; i++) {
				en.add(fields.getOrDefault("optionEn." + i, ""));
				zh.add(fields.getOrDefault("optionZh." + i, ""));
			}
			Integer correct;
			try {
				correct = fields.containsKey("correct") ? Integer.valueOf(fields.get("correct")) : null;
			}
			catch (NumberFormatException ex) {
				correct = null;
			}
			return new Form(fields.get("topic"), fields.get("textEn"), fields.get("textZh"), en, zh, correct);
		}

		static Form empty() {
			return new Form(null, "", "", rows(null), rows(null), null);
		}

		static Form of(Question question) {
			List<String> en = new ArrayList<>(question.options().stream().map(Question.Option::en).toList());
			List<String> zh = new ArrayList<>(question.options().stream().map(Question.Option::zh).toList());
			Integer correct = null;
			for (int i = 0; i < question.options().size(); i++) {
				correct = question.options().get(i).correct() ? Integer.valueOf(i) : correct;
			}
			return new Form(question.topic().name(), question.text().en(), question.text().zh(), rows(en), rows(zh),
					correct);
		}

		QuestionDraft draft() {
			List<QuestionDraft.OptionDraft> options = new ArrayList<>();
			for (int i = 0; i < OPTION_ROWS; i++) {
				String en = this.optionEn.get(i);
				String zh = this.optionZh.get(i);
				if (!en.isBlank() || !zh.isBlank()) {
					options.add(new QuestionDraft.OptionDraft(en, zh, this.correct != null && this.correct == i));
				}
			}
			return new QuestionDraft(this.topic, this.textEn, this.textZh, options);
		}

	}

}
