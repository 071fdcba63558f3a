package io.kaidian.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.notification.Notifications;
import io.kaidian.notification.Outbox;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.web.ApiTags;

/**
 * {@code GET /api/v1/admin/outbox}: what the built-in {@code log} providers kept, newest
 * first. Answers {@code 404} when real providers deliver the messages.
 */
@RestController
@Tag(name = ApiTags.OPERATIONS)
class OutboxApi {

	private final Notifications notifications;

	private final Outbox outbox;

	OutboxApi(Notifications notifications, Outbox outbox) {
		this.notifications = notifications;
		this.outbox = outbox;
	}

	/** The emails and SMS sent, newest first, optionally to one address. */
	@GetMapping("/api/v1/admin/outbox")
	List<Outbox.Entry> outbox(@RequestParam(required = false) @Nullable String to) {
		if (!this.notifications.outboxActive()) {
			throw new NotFoundException("OUTBOX_INACTIVE");
		}
		return this.outbox.find(to);
	}

}
