package io.kaidian.account.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.Sessions;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.SignInAttempt;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.platform.web.ClientAddress;

/**
 * {@code POST /api/v1/sessions} signs in (with a {@code code} besides the password when
 * the email asks for one: {@code 401 STEP_UP_REQUIRED}, ADR 0016);
 * {@code DELETE /api/v1/sessions/current} signs out.
 */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
class SessionsApi {

	private final Sessions sessions;

	private final ClientAddress clients;

	SessionsApi(Sessions sessions, ClientAddress clients) {
		this.sessions = sessions;
		this.clients = clients;
	}

	/** Sign in with email and password: the answer's token is the bearer token. */
	@PostMapping("/api/v1/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionResponse signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http, Locale locale) {
		Sessions.SignedIn signedIn = this.sessions.signIn(
				new SignInAttempt(request.email(), request.password(), request.code(), this.clients.of(http), locale));
		KaidianUser user = signedIn.user();
		return new SessionResponse(signedIn.token(), signedIn.expiresAt(), user.memberId(),
				user.kind() == io.kaidian.platform.security.AccountKind.STAFF ? user.accountId() : null,
				user.roles().stream().map(Enum::name).sorted().toList());
	}

	/** Sign out: the token stops working. */
	@DeleteMapping("/api/v1/sessions/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(@AuthenticationPrincipal KaidianUser user) {
		this.sessions.signOut(user);
	}

	/**
	 * @param email the login
	 * @param password the password
	 * @param code the code sent by email after a {@code STEP_UP_REQUIRED} answer; only
	 * needed then
	 */
	record SignInRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password,
			@Nullable @Size(max = 16) String code) {
	}

	/**
	 * @param token send as {@code Authorization: Bearer <token>}
	 * @param expiresAt when the token stops working
	 * @param memberId the seller's member ID; {@code null} for staff
	 * @param staffId the staff account's id; {@code null} for sellers
	 * @param roles what the account may do
	 */
	record SessionResponse(String token, Instant expiresAt, @Nullable String memberId, @Nullable UUID staffId,
			List<String> roles) {
	}

}
