package io.kaidian.review.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.review.CaseFile;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.ReviewDesk;

/**
 * A case's page: everything the reviewer needs and, while the case is the reader's, the
 * decision form (PRODUCT.md §4 items 1–3; docs/guide/review-desk.md, "Reviewer pages").
 * Worked from the keyboard with {@code /js/review-keys.js}.
 */
@Controller
class CasePages extends ReviewerPage {

	static final String CASE = "review/case";

	private final ReviewDesk reviews;

	private final CaseModel cases;

	CasePages(ReviewDesk reviews, CaseModel cases) {
		this.reviews = reviews;
		this.cases = cases;
	}

	@GetMapping("/staff/review/cases/{caseId}")
	String caseFile(@PathVariable UUID caseId, KaidianUser caller, Locale locale, Model model) {
		UUID me = reviewer(caller);
		CaseFile file = this.reviews.view(caseId, me);
		CaseView view = this.cases.view(file, me, locale);
		model.addAttribute("caseFile", view);
		if (view.mine()) {
			model.addAttribute("groups", this.cases.groups(file.reviewCase(), file.now(), locale));
			model.addAttribute("dataFields",
					file.reviewCase().subject().summary().stream().map(ReviewSubject.Field::name).toList());
		}
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", DecisionForm.Draft.EMPTY);
		}
		return CASE;
	}

}
