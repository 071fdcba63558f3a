package io.kaidian.exam.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.exam.AttemptAnswering;
import io.kaidian.exam.AttemptResult;
import io.kaidian.exam.AttemptSheet;
import io.kaidian.exam.AttemptStarting;
import io.kaidian.exam.ExamLookup;
import io.kaidian.exam.Topic;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.i18n.ReaderTime;

/**
 * The seller's exam pages (docs/guide/exam.md): where the seller stands, the attempt with
 * a countdown from the server's time (it survives a reload), the result with the topics
 * to study and the retake time, and the rules page those topics link to. The pages carry
 * the questions and options only, never which option is right (ADR 0026).
 */
@Controller
class ExamPages {

	static final String EXAM = "/seller/exam";

	static final String RULES = "/seller/exam/rules";

	/** Answers come as form fields {@code answer.<questionId>}. */
	static final String ANSWER_PREFIX = "answer.";

	/** Times are shown in the marketplace's time, Beijing time. */
	private final ExamLookup lookup;

	private final AttemptStarting starting;

	private final AttemptAnswering answering;

	private final Clock clock;

	private final ReaderTime times;

	ExamPages(ExamLookup lookup, AttemptStarting starting, AttemptAnswering answering, Clock clock, ReaderTime times) {
		this.times = times;
		this.lookup = lookup;
		this.starting = starting;
		this.answering = answering;
		this.clock = clock;
	}

	@GetMapping(EXAM)
	String exam(KaidianUser seller, Locale locale, Model model) {
		ExamLookup.Status status = this.lookup.status(seller.accountId());
		if (status.state() == ExamLookup.State.IN_PROGRESS && status.openAttempt() != null) {
			return "redirect:" + EXAM + "/attempts/" + status.openAttempt();
		}
		model.addAttribute("state", status.state().name());
		model.addAttribute("terms", this.lookup.terms());
		if (status.last() != null) {
			model.addAttribute("result", ResultView.of(status.last(), this.times, locale));
		}
		return "exam/exam";
	}

	@PostMapping(EXAM + "/attempts")
	String start(KaidianUser seller, RedirectAttributes redirect) {
		try {
			return "redirect:" + EXAM + "/attempts/" + this.starting.start(seller.accountId()).sheet().attemptId();
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refused", ex.code());
			return "redirect:" + EXAM;
		}
	}

	@GetMapping(EXAM + "/attempts/{attemptId}")
	String attempt(@PathVariable UUID attemptId, KaidianUser seller, Locale locale, Model model) {
		var sheet = this.lookup.answerable(seller.accountId(), attemptId);
		if (sheet.isEmpty()) {
			this.lookup.result(seller.accountId(), attemptId).orElseThrow(() -> new NotFoundException());
			return "redirect:" + EXAM + "/attempts/" + attemptId + "/result";
		}
		AttemptSheet attempt = sheet.get();
		// the countdown starts from the server's time, the truth (docs/guide/exam.md)
		Instant now = this.clock.instant();
		model.addAttribute("attempt", attempt);
		model.addAttribute("expiresAt", attempt.expiresAt().toEpochMilli());
		model.addAttribute("serverNow", now.toEpochMilli());
		model.addAttribute("remaining", remaining(Duration.between(now, attempt.expiresAt())));
		model.addAttribute("expiresAtText", this.times.dateTime(attempt.expiresAt(), locale));
		return "exam/attempt";
	}

	@PostMapping(EXAM + "/attempts/{attemptId}/answers")
	String answer(@PathVariable UUID attemptId, @RequestParam Map<String, String> form, KaidianUser seller,
			RedirectAttributes redirect) {
		Map<String, String> answers = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(ANSWER_PREFIX)) {
				answers.put(name.substring(ANSWER_PREFIX.length()), value);
			}
		});
		try {
			this.answering.answer(seller.accountId(), attemptId, answers);
		}
		catch (ConflictException | RuleViolationException ex) {
			redirect.addFlashAttribute("refused", ex.code());
		}
		return "redirect:" + EXAM + "/attempts/" + attemptId + "/result";
	}

	@GetMapping(EXAM + "/attempts/{attemptId}/result")
	String result(@PathVariable UUID attemptId, KaidianUser seller, Locale locale, Model model) {
		var result = this.lookup.result(seller.accountId(), attemptId);
		if (result.isEmpty()) {
			this.lookup.answerable(seller.accountId(), attemptId).orElseThrow(() -> new NotFoundException());
			return "redirect:" + EXAM + "/attempts/" + attemptId;
		}
		ExamLookup.Status status = this.lookup.status(seller.accountId());
		model.addAttribute("result", ResultView.of(result.get(), this.times, locale));
		model.addAttribute("state", status.state().name());
		return "exam/result";
	}

	@GetMapping(RULES)
	String rules(Model model) {
		model.addAttribute("topics", List.of(Topic.values()));
		return "exam/rules";
	}

	/** The time left as {@code mm:ss}. */
	static String remaining(Duration left) {
		long seconds = Math.max(0, left.toSeconds());
		return String.format("%02d:%02d", seconds / 60, seconds % 60);
	}

	/**
	 * A result as the pages show it, times in Beijing time.
	 *
	 * @param outcome {@code PASSED}, {@code FAILED} or {@code EXPIRED}
	 * @param score in percent
	 * @param passed whether it passed
	 * @param retakeAfter when a failed seller may retake
	 * @param topics the topics to study
	 */
	record ResultView(String outcome, int score, boolean passed, @Nullable String retakeAfter, List<Topic> topics) {

		static ResultView of(AttemptResult result, ReaderTime times, Locale locale) {
			return new ResultView(result.outcome().name(), result.score(), result.passed(),
					times.dateTime(result.retakeAfter(), locale), result.topicsToStudy());
		}

	}

}
