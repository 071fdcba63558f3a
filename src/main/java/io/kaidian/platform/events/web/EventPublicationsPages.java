package io.kaidian.platform.events.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.platform.events.EventPublications;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.security.KaidianUser;

/**
 * The operators' page of failed event publications: each with its error, and a button
 * that resubmits it (post/redirect/get).
 */
@Controller
class EventPublicationsPages {

	static final String PATH = "/staff/operations/event-publications";

	static final String VIEW = "platform/event-publications";

	/** Times are shown in the marketplace's time, Beijing time. */
	private final EventPublications publications;

	private final ReaderTime times;

	EventPublicationsPages(EventPublications publications, ReaderTime times) {
		this.times = times;
		this.publications = publications;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("publications",
				this.publications.list(EventPublications.State.FAILED)
					.stream()
					.map((failed) -> Row.of(failed, this.times))
					.toList());
		model.addAttribute("retrying", this.publications.count(EventPublications.State.RETRYING));
		return VIEW;
	}

	@PostMapping(PATH + "/{id}/resubmission")
	String resubmit(@PathVariable UUID id, KaidianUser operator, RedirectAttributes redirect) {
		try {
			this.publications.resubmit(id, operator.accountId());
			redirect.addFlashAttribute("resubmitted", id);
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("refused", refused.code());
		}
		return "redirect:" + PATH;
	}

	/**
	 * A failed publication on the page, times in Beijing time.
	 *
	 * @param id the publication
	 * @param event the event's type
	 * @param listener the listener that failed
	 * @param publishedAt when the event was published
	 * @param attempts how many times the listener was tried
	 * @param lastFailedAt when it last failed
	 * @param lastError the last error, empty when none was recorded
	 */
	record Row(UUID id, String event, String listener, String publishedAt, int attempts, String lastFailedAt,
			String lastError) {

		static Row of(EventPublications.Failed failed, ReaderTime times) {
			return new Row(failed.id(), failed.event(), failed.listener(), times.sortable(failed.publishedAt()),
					failed.attempts(), times.sortable(failed.lastFailedAt()),
					failed.lastError() != null ? failed.lastError() : "");
		}

	}

}
