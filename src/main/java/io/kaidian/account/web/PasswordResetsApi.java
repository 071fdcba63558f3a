package io.kaidian.account.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.PasswordResets;
import io.kaidian.platform.web.ApiTags;

/**
 * {@code POST /api/v1/password-resets}: sets a new password with the code of a
 * {@code RESET_PASSWORD} send (API.md); every token and page session of the account ends.
 * An unknown email answers like a known one.
 */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
class PasswordResetsApi {

	private final PasswordResets resets;

	PasswordResetsApi(PasswordResets resets) {
		this.resets = resets;
	}

	/** Set a new password with a code sent to the account's email or phone. */
	@PostMapping("/api/v1/password-resets")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(@RequestBody PasswordReset reset) {
		this.resets.reset(reset.email(), reset.code(), reset.newPassword());
	}

	/**
	 * @param email the account's login
	 * @param code the code mailed to it for {@code RESET_PASSWORD}
	 * @param newPassword the new password (the password policy applies)
	 */
	record PasswordReset(@Nullable String email, @Nullable String code, @Nullable String newPassword) {
	}

}
