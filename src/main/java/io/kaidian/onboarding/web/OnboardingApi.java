package io.kaidian.onboarding.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.onboarding.Checklist;
import io.kaidian.onboarding.Onboarding;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;

/** {@code GET /api/v1/me/onboarding}: the signed-in seller's checklist. */
@RestController
@Tag(name = ApiTags.ONBOARDING)
class OnboardingApi {

	private final Onboarding onboarding;

	OnboardingApi(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	/** The seller's checklist: every step to an open store and where it stands. */
	@GetMapping("/api/v1/me/onboarding")
	Checklist checklist(@AuthenticationPrincipal KaidianUser seller) {
		return this.onboarding.checklist(seller.accountId());
	}

}
