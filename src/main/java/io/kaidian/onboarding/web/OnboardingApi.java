package io.kaidian.onboarding.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.onboarding.Checklist;
import io.kaidian.onboarding.Onboarding;
import io.kaidian.platform.security.KaidianUser;

/** {@code GET /api/v1/me/onboarding}: the signed-in seller's checklist. */
@RestController
class OnboardingApi {

	private final Onboarding onboarding;

	OnboardingApi(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@GetMapping("/api/v1/me/onboarding")
	Checklist checklist(@AuthenticationPrincipal KaidianUser seller) {
		return this.onboarding.checklist(seller.accountId());
	}

}
