package io.kaidian.identity.web;

import java.util.UUID;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestHeader;

import io.kaidian.identity.AlipayCallback;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * The sandbox Alipay (API.md, "Identity"): a page offering "authorise" and "refuse"; a
 * client completes it with {@code POST /sandbox/alipay/authorizations/{id}} and
 * {@code outcome}.
 */
@Controller
class SandboxAlipayPages {

	static final String PAGE = "identity/sandbox-alipay";

	private final AlipayCallback callback;

	SandboxAlipayPages(AlipayCallback callback) {
		this.callback = callback;
	}

	@GetMapping("/sandbox/alipay/authorizations/{id}")
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("authorizationId", id);
		return PAGE;
	}

	/** Completes the step: browsers go back to their checklist, API clients get JSON. */
	@PostMapping("/sandbox/alipay/authorizations/{id}")
	ResponseEntity<?> complete(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		boolean authorised = authorised(outcome);
		this.callback.completeProvider(id, authorised);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/seller?identity=" + (authorised ? "authorised" : "refused")))
				.build();
		}
		return ResponseEntity.ok(Map.of("status", authorised ? "AUTHORISED" : "REFUSED"));
	}

	private static boolean authorised(String outcome) {
		if ("SUCCESS".equals(outcome)) {
			return true;
		}
		if ("FAILURE".equals(outcome)) {
			return false;
		}
		throw RuleViolationException.of("outcome", "OUTCOME_INVALID");
	}

}
