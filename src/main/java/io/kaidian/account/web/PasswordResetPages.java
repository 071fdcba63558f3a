package io.kaidian.account.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.kaidian.account.ClientLimits;
import io.kaidian.account.PasswordResets;
import io.kaidian.account.VerificationCodes;
import io.kaidian.account.VerificationPurpose;
import io.kaidian.notification.Channel;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.Refusal;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.web.ClientAddress;

/**
 * "Forgot password?" for sellers and staff: 1 the email, to which a code is sent; 2 the
 * code and the new password; then back to the sign-in form the person came from. The page
 * says the same whether the email has an account or not. The email and the form of origin
 * stay in the session between the steps.
 */
@Controller
class PasswordResetPages {

	static final String EMAIL_STEP = "account/password-reset";

	static final String NEW_PASSWORD_STEP = "account/password-reset-new";

	private static final String ATTRIBUTE = PasswordResetPages.class.getName();

	private final VerificationCodes codes;

	private final PasswordResets resets;

	private final MessageSource messages;

	private final ClientLimits limits;

	private final ClientAddress clients;

	PasswordResetPages(VerificationCodes codes, PasswordResets resets, MessageSource messages, ClientLimits limits,
			ClientAddress clients) {
		this.codes = codes;
		this.resets = resets;
		this.messages = messages;
		this.limits = limits;
		this.clients = clients;
	}

	@GetMapping("/password-reset")
	String emailStep(@RequestParam(name = "origin", required = false) @Nullable String origin, HttpSession session,
			Model model) {
		Reset reset = reset(session);
		if (origin != null) {
			reset = new Reset(reset.email(), "staff".equals(origin));
			session.setAttribute(ATTRIBUTE, reset);
		}
		model.addAttribute("email", reset.email());
		model.addAttribute("errors", Map.of());
		return EMAIL_STEP;
	}

	@PostMapping("/password-reset/code")
	String sendCode(@RequestParam(name = "email", required = false) @Nullable String email, HttpSession session,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		String stripped = email != null ? email.strip() : "";
		session.setAttribute(ATTRIBUTE, new Reset(stripped, reset(session).staff()));
		model.addAttribute("email", stripped);
		if (stripped.isEmpty()) {
			model.addAttribute("errors", Map.of("email", message(Violation.of("email", "REQUIRED"), locale)));
			return EMAIL_STEP;
		}
		try {
			// codes asked for by one client count against its allowance (ADR 0016)
			VerificationCodes.Sent sent = this.limits.codeSend(this.clients.of(request),
					() -> this.codes.send(Channel.EMAIL, stripped, VerificationPurpose.RESET_PASSWORD, locale));
			redirect.addFlashAttribute("notice", this.messages.getMessage("password-reset.code-sent",
					new Object[] { stripped, sent.expiresIn().toMinutes() }, locale));
		}
		catch (RateLimitedException ex) {
			long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("password-reset.code-wait", new Object[] { seconds }, locale));
		}
		catch (Refusal ex) {
			model.addAttribute("errors", errors(ex, locale));
			return EMAIL_STEP;
		}
		return "redirect:/password-reset/new";
	}

	@GetMapping("/password-reset/new")
	String newPasswordStep(HttpSession session, Model model) {
		Reset reset = reset(session);
		if (reset.email().isEmpty()) {
			return "redirect:/password-reset";
		}
		model.addAttribute("email", reset.email());
		model.addAttribute("errors", Map.of());
		return NEW_PASSWORD_STEP;
	}

	@PostMapping("/password-reset/new")
	String setNewPassword(@RequestParam(name = "code", required = false) @Nullable String code,
			@RequestParam(name = "newPassword", required = false) @Nullable String newPassword, HttpSession session,
			Locale locale, Model model) {
		Reset reset = reset(session);
		if (reset.email().isEmpty()) {
			return "redirect:/password-reset";
		}
		try {
			this.resets.reset(reset.email(), code, newPassword);
		}
		catch (Refusal ex) {
			model.addAttribute("email", reset.email());
			model.addAttribute("errors", errors(ex, locale));
			return NEW_PASSWORD_STEP;
		}
		session.removeAttribute(ATTRIBUTE);
		return "redirect:" + (reset.staff() ? "/staff/sign-in" : "/sign-in") + "?reset";
	}

	private static Reset reset(HttpSession session) {
		return session.getAttribute(ATTRIBUTE) instanceof Reset reset ? reset : new Reset("", false);
	}

	/** Each field's messages, joined; a violation of no field under {@code ""}. */
	private Map<String, String> errors(Refusal refusal, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Violation violation : refusal.violations()) {
			errors.merge(violation.field() != null ? violation.field() : "", message(violation, locale),
					(earlier, later) -> earlier + " " + later);
		}
		return errors;
	}

	private String message(Violation violation, Locale locale) {
		return this.messages.getMessage("violation." + violation.code(), violation.arguments(), violation.code(),
				locale);
	}

	/**
	 * @param email the email the code goes to, empty before the first step
	 * @param staff whether the person came from the staff sign-in
	 */
	record Reset(String email, boolean staff) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

}
