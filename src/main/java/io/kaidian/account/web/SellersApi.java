package io.kaidian.account.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.account.ClientLimits;
import io.kaidian.account.Registration;
import io.kaidian.account.SellerDirectory;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.platform.web.ClientAddress;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/sellers} registers a seller (R-REG), at most
 * {@code kaidian.account.client-limits.registrations-per-day} per client address;
 * {@code GET /api/v1/me} shows its account.
 */
@RestController
@Tag(name = ApiTags.ACCOUNTS)
class SellersApi {

	private final Registration registration;

	private final SellerDirectory sellers;

	private final ClientLimits limits;

	private final ClientAddress clients;

	SellersApi(Registration registration, SellerDirectory sellers, ClientLimits limits, ClientAddress clients) {
		this.registration = registration;
		this.sellers = sellers;
		this.limits = limits;
		this.clients = clients;
	}

	/** Register a seller with the email and SMS codes. */
	@PostMapping("/api/v1/sellers")
	@ResponseStatus(HttpStatus.CREATED)
	Registration.Registered register(@RequestBody Registration.NewSeller seller, HttpServletRequest http,
			Locale locale) {
		return this.limits.registration(this.clients.of(http), () -> this.registration.register(seller, locale));
	}

	/** Who is signed in. */
	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal KaidianUser user) {
		return this.sellers.profile(user.accountId())
			.map((profile) -> new Me(profile.memberId(), profile.email(), profile.firstName(), profile.lastName(),
					profile.chineseName(), profile.phone(), profile.region(), profile.language(), profile.status(),
					profile.registeredAt()))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * @param memberId the member ID (R-REG-4)
	 * @param email the login
	 * @param firstName the English given name
	 * @param lastName the English surname
	 * @param chineseName the Chinese name, if any
	 * @param phone the mobile in E.164
	 * @param region {@code CN_MAINLAND} or an ISO 3166 code
	 * @param language the language of messages
	 * @param status {@code ACTIVE}
	 * @param registeredAt when it registered
	 */
	record Me(String memberId, String email, String firstName, String lastName, @Nullable String chineseName,
			String phone, String region, String language, String status, Instant registeredAt) {
	}

}
