package io.kaidian.account.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.VerificationCodes;
import io.kaidian.account.VerificationPurpose;
import io.kaidian.notification.Channel;

/**
 * {@code POST /api/v1/verification-codes}: sends a one-time code by email or SMS
 * (R-REG-8).
 */
@RestController
class VerificationCodesApi {

	private final VerificationCodes codes;

	VerificationCodesApi(VerificationCodes codes) {
		this.codes = codes;
	}

	@PostMapping("/api/v1/verification-codes")
	@ResponseStatus(HttpStatus.ACCEPTED)
	CodeSent send(@Valid @RequestBody CodeRequest request, Locale locale) {
		VerificationCodes.Sent sent = this.codes.send(request.channel(), request.target(), request.purpose(), locale);
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
