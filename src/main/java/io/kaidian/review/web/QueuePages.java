package io.kaidian.review.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.rules.ForbiddenException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.review.CaseFile;
import io.kaidian.review.Queue;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewDesk;

/**
 * A queue's page, the earliest next deadline first, and its "claim next" button
 * (PRODUCT.md §4 items 1–2; docs/guide/review-desk.md, "Reviewer pages").
 */
@Controller
class QueuePages extends ReviewerPage {

	static final String QUEUE = "review/queue";

	static final String OVERVIEW = "review/overview :: overview";

	private final ReviewDesk reviews;

	private final Clock clock;

	private final ReviewLabels labels;

	QueuePages(ReviewDesk reviews, Clock clock, ReviewLabels labels) {
		this.reviews = reviews;
		this.clock = clock;
		this.labels = labels;
	}

	@GetMapping("/staff/review/{queue}")
	String queue(@PathVariable String queue, @RequestParam(defaultValue = "false") boolean escalated,
			KaidianUser caller, Locale locale, Model model) {
		UUID me = reviewer(caller);
		Queue q = queueOf(queue);
		Instant now = this.clock.instant();
		model.addAttribute("queue", q.name());
		model.addAttribute("queues", List.of(Queue.values()).stream().map(Queue::name).toList());
		model.addAttribute("escalated", escalated);
		model.addAttribute("rows",
				this.reviews.list(q, escalated, me)
					.stream()
					.map((c) -> QueueRow.of(c, me, now, this.labels, locale))
					.toList());
		return QUEUE;
	}

	/**
	 * The reviewer's part of the staff home, loaded into it (the account module's page
	 * does not know review): the cases the reader has claimed, the cases late or due
	 * today, and each queue's size.
	 */
	@GetMapping("/staff/review/overview")
	String overview(KaidianUser caller, Locale locale, Model model) {
		UUID me = reviewer(caller);
		Instant now = this.clock.instant();
		Map<String, Integer> sizes = new LinkedHashMap<>();
		Map<String, Long> escalated = new LinkedHashMap<>();
		List<QueueRow> all = new ArrayList<>();
		for (Queue queue : Queue.values()) {
			try {
				List<ReviewCase> open = this.reviews.list(queue, false, me);
				sizes.put(queue.name(), open.size());
				escalated.put(queue.name(), open.stream().filter((c) -> c.escalatedAt() != null).count());
				open.forEach((c) -> all.add(QueueRow.of(c, me, now, this.labels, locale)));
			}
			catch (ForbiddenException ex) {
				// not one of the reader's queues
			}
		}
		model.addAttribute("sizes", sizes);
		model.addAttribute("escalated", escalated);
		model.addAttribute("mine", all.stream().filter((row) -> row.assignee() == CaseMarkers.Assignee.YOU).toList());
		model.addAttribute("atRisk", all.stream()
			.filter((row) -> row.marker() == CaseMarkers.Marker.LATE || row.marker() == CaseMarkers.Marker.DUE_TODAY)
			.toList());
		return OVERVIEW;
	}

	@PostMapping("/staff/review/{queue}/claim")
	String claim(@PathVariable String queue, KaidianUser caller, RedirectAttributes redirect) {
		UUID me = reviewer(caller);
		Queue q = queueOf(queue);
		Optional<CaseFile> claimed = this.reviews.claim(q, me);
		if (claimed.isEmpty()) {
			redirect.addFlashAttribute("flash", "review-queue.nothing-to-claim");
			return "redirect:/staff/review/" + q.name();
		}
		redirect.addFlashAttribute("flash", "review-case.claimed");
		return "redirect:/staff/review/cases/" + claimed.get().reviewCase().id();
	}

	private static Queue queueOf(String name) {
		for (Queue queue : Queue.values()) {
			if (queue.name().equalsIgnoreCase(name)) {
				return queue;
			}
		}
		throw new NotFoundException();
	}

}
