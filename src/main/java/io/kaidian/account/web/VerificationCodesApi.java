package io.kaidian.account.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.ClientLimits;
import io.kaidian.account.VerificationCodes;
import io.kaidian.account.VerificationPurpose;
import io.kaidian.notification.Channel;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.platform.web.ClientAddress;

/**
 * {@code POST /api/v1/verification-codes}: sends a one-time code by email or SMS
 * (R-REG-8), at most {@code kaidian.account.client-limits.code-sends-per-hour} per client
 * address across all targets (ADR 0016).
 */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
class VerificationCodesApi {

	private final VerificationCodes codes;

	private final ClientLimits limits;

	private final ClientAddress clients;

	VerificationCodesApi(VerificationCodes codes, ClientLimits limits, ClientAddress clients) {
		this.codes = codes;
		this.limits = limits;
		this.clients = clients;
	}

	/** Send a verification code by email or SMS, for registration or a password reset. */
	@PostMapping("/api/v1/verification-codes")
	@ResponseStatus(HttpStatus.ACCEPTED)
	CodeSent send(@Valid @RequestBody CodeRequest request, HttpServletRequest http, Locale locale) {
		if (request.purpose() == VerificationPurpose.SIGN_IN) {
			// sent by the sign-in itself, after the right password (ADR 0016)
			throw RuleViolationException.of("purpose", "INVALID_VALUE");
		}
		VerificationCodes.Sent sent = this.limits.codeSend(this.clients.of(http),
				() -> this.codes.send(request.channel(), request.target(), request.purpose(), locale));
		return new CodeSent(sent.expiresIn().toSeconds(), sent.resendAfter().toSeconds());
	}

	/**
	 * @param channel {@code EMAIL} or {@code SMS}
	 * @param target the email address or the phone number
	 * @param purpose {@code REGISTER} or {@code RESET_PASSWORD}
	 */
	record CodeRequest(@NotNull Channel channel, @NotBlank @Size(max = 320) String target,
			@NotNull VerificationPurpose purpose) {
	}

	/**
	 * @param expiresInSeconds how long the code is valid
	 * @param resendAfterSeconds when another code may be asked for
	 */
	record CodeSent(long expiresInSeconds, long resendAfterSeconds) {
	}

}
