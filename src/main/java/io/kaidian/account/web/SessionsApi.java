package io.kaidian.account.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

/**
 * {@code POST /api/v1/sessions} signs in; {@code DELETE /api/v1/sessions/current} signs
 * out.
 */
@RestController
class SessionsApi {

	private final Sessions sessions;

	SessionsApi(Sessions sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/api/v1/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionResponse signIn(@Valid @RequestBody SignInRequest request) {
		Sessions.SignedIn signedIn = this.sessions.signIn(request.email(), request.password());
		KaidianUser user = signedIn.user();
		return new SessionResponse(signedIn.token(), signedIn.expiresAt(), user.memberId(),
				user.kind() == io.kaidian.platform.security.AccountKind.STAFF ? user.accountId() : null,
				user.roles().stream().map(Enum::name).sorted().toList());
	}

	@DeleteMapping("/api/v1/sessions/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(@AuthenticationPrincipal KaidianUser user) {
		this.sessions.signOut(user);
	}

	/**
	 * @param email the login
	 * @param password the password
	 */
	record SignInRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 1024) String password) {
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
