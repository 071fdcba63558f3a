package io.kaidian.platform.events.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.events.EventPublications;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;

/**
 * Operators see the event publications whose listener keeps failing, with the error, and
 * resubmit one after a fix (API.md, "Staff and operations").
 */
@RestController
@Tag(name = ApiTags.OPERATIONS)
class EventPublicationsApi {

	private final EventPublications publications;

	EventPublicationsApi(EventPublications publications) {
		this.publications = publications;
	}

	/**
	 * The events whose listener failed: {@code state=failed}, tried as often as allowed;
	 * {@code retrying}, to be retried.
	 */
	@GetMapping("/api/v1/admin/event-publications")
	List<EventPublications.Failed> list(@RequestParam(defaultValue = "failed") String state) {
		return this.publications.list(EventPublications.State.of(state));
	}

	/** Hand a failed event to its listener again. */
	@PostMapping("/api/v1/admin/event-publications/{id}/resubmission")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resubmit(@PathVariable UUID id, @Parameter(hidden = true) KaidianUser operator) {
		this.publications.resubmit(id, operator.accountId());
	}

}
