package io.kaidian.billing.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.kaidian.billing.SandboxPayments;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * The sandbox gateway's page (API.md, "Fees"): "pay" or "fail"; a client completes it
 * with {@code POST /sandbox/payments/{paymentId}} and {@code outcome}.
 */
@Controller
class SandboxPaymentPages {

	static final String PAGE = "billing/sandbox-payment";

	private final SandboxPayments sandbox;

	SandboxPaymentPages(SandboxPayments sandbox) {
		this.sandbox = sandbox;
	}

	@GetMapping("/sandbox/payments/{paymentId}")
	String page(@PathVariable UUID paymentId, Model model) {
		model.addAttribute("paymentId", paymentId);
		model.addAttribute("amount",
				this.sandbox.amount(paymentId).orElseThrow(() -> new NotFoundException("PAYMENT_NOT_FOUND")));
		return PAGE;
	}

	/** Browsers go on to the return page, API clients get JSON. */
	@PostMapping("/sandbox/payments/{paymentId}")
	ResponseEntity<?> complete(@PathVariable UUID paymentId, @RequestParam(required = false) @Nullable String outcome,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		boolean paid = paid(outcome);
		boolean handled = this.sandbox.complete(paymentId, paid);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(FeesPages.RETURN + "?payment=" + paymentId))
				.build();
		}
		return ResponseEntity.ok(Map.of("status", paid ? "PAID" : "FAILED", "notificationHandled", handled));
	}

	private static boolean paid(@Nullable String outcome) {
		if ("SUCCESS".equals(outcome)) {
			return true;
		}
		if ("FAILURE".equals(outcome)) {
			return false;
		}
		throw RuleViolationException.of("outcome", "OUTCOME_INVALID");
	}

}
