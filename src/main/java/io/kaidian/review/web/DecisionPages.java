package io.kaidian.review.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.review.CaseFile;
import io.kaidian.review.Outcome;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewDesk;

/**
 * The case page's forms: the decision and the release (docs/guide/review-desk.md,
 * "Reviewer pages"). Post/redirect/get with a flash message; a refusal comes back as a
 * banner on the case, the reviewer's choices kept.
 */
@Controller
class DecisionPages extends ReviewerPage {

	private final ReviewDesk reviews;

	private final DecisionProblems problems;

	DecisionPages(ReviewDesk reviews, DecisionProblems problems) {
		this.reviews = reviews;
		this.problems = problems;
	}

	@PostMapping("/staff/review/cases/{caseId}/release")
	String release(@PathVariable UUID caseId, KaidianUser caller, RedirectAttributes redirect, Locale locale) {
		UUID me = reviewer(caller);
		try {
			CaseFile released = this.reviews.release(caseId, me);
			redirect.addFlashAttribute("flash", "review-case.released");
			return "redirect:/staff/review/" + released.reviewCase().queue().name();
		}
		catch (ForbiddenException | NotFoundException ex) {
			throw ex;
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("problem", this.problems.problem(ex, List.of(), locale));
			return "redirect:/staff/review/cases/" + caseId;
		}
	}

	@PostMapping("/staff/review/cases/{caseId}/decision")
	String decide(@PathVariable UUID caseId, DecisionForm form, KaidianUser caller, RedirectAttributes redirect,
			Locale locale) {
		UUID me = reviewer(caller);
		try {
			if (!form.unused().isEmpty()) {
				throw new RuleViolationException(form.unused());
			}
			if (form.nothingDecided()) {
				throw RuleViolationException.of("items", "NO_ITEM_DECIDED");
			}
			ReviewCase decided = this.reviews.decide(caseId, form.decision(), me).reviewCase();
			redirect.addFlashAttribute("flash", decided.outcome() == null ? "review-case.items-decided"
					: decided.outcome() == Outcome.APPROVED ? "review-case.approved" : "review-case.rejected");
		}
		catch (ForbiddenException | NotFoundException ex) {
			// the case itself may not be seen: the error page says why
			throw ex;
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("problem", this.problems.problem(ex, form.chosen(), locale));
			redirect.addFlashAttribute("draft", form.draft());
		}
		return "redirect:/staff/review/cases/" + caseId;
	}

}
