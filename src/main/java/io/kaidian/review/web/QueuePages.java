package io.kaidian.review.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.review.CaseFile;
import io.kaidian.review.Queue;
import io.kaidian.review.ReviewDesk;

/**
 * A queue's page, the earliest next deadline first, and its "claim next" button
 * (PRODUCT.md §4 items 1–2; docs/guide/review-desk.md, "Reviewer pages").
 */
@Controller
class QueuePages extends ReviewerPage {

	static final String QUEUE = "review/queue";

	private final ReviewDesk reviews;

	private final Clock clock;

	QueuePages(ReviewDesk reviews, Clock clock) {
		this.reviews = reviews;
		this.clock = clock;
	}

	@GetMapping("/staff/review/{queue}")
	String queue(@PathVariable String queue, @RequestParam(defaultValue = "false") boolean escalated,
			KaidianUser caller, Model model) {
		UUID me = reviewer(caller);
		Queue q = queueOf(queue);
		Instant now = this.clock.instant();
		model.addAttribute("queue", q.name());
		model.addAttribute("queues", List.of(Queue.values()).stream().map(Queue::name).toList());
		model.addAttribute("escalated", escalated);
		model.addAttribute("rows",
				this.reviews.list(q, escalated, me).stream().map((c) -> QueueRow.of(c, me, now)).toList());
		return QUEUE;
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
