package io.kaidian.billing.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.billing.PaymentNotifications;
import io.kaidian.platform.web.ApiTags;

/**
 * Gateways' asynchronous notifications (API.md, "Fees"; ADR 0023): answered with exactly
 * {@code success} once handled, so the gateway stops retrying; a refused one answers
 * {@code 400 failure} and changes nothing.
 */
@RestController
@Tag(name = ApiTags.FEES)
class PaymentNotificationsApi {

	private final PaymentNotifications notifications;

	PaymentNotificationsApi(PaymentNotifications notifications) {
		this.notifications = notifications;
	}

	@PostMapping(path = "/api/v1/payments/notifications/{provider}",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "A gateway's signed notification",
			description = "Form-encoded as the gateway sends it; 200 success once verified and handled")
	ResponseEntity<String> notification(@PathVariable String provider,
			@RequestParam MultiValueMap<String, String> form) {
		Map<String, String> parameters = new LinkedHashMap<>();
		form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
		boolean handled = this.notifications.receive(provider.toUpperCase(Locale.ROOT), parameters);
		// plain text whatever the gateway accepts: Alipay reads the body as it is
		return (handled ? ResponseEntity.ok() : ResponseEntity.badRequest()).contentType(MediaType.TEXT_PLAIN)
			.body(handled ? "success" : "failure");
	}

}
