package io.kaidian.onboarding.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaidian.onboarding.Checklist;
import io.kaidian.onboarding.Requirement;

import static org.assertj.core.api.Assertions.assertThat;

/** The setup guide counts what is done and picks the one step to act on next. */
class SetupGuideTests {

	private static final Map<String, String> ACTIONS = Map.of("IDENTITY", "seller-home.identity.start", "APPLICATION",
			"seller-home.application.continue", "FEES", "seller-home.fees.pay");

	@Test
	void aNewSellerIsToldToVerifyTheirIdentity() {
		SetupGuide guide = SetupGuide.of(checklist(Map.of(Requirement.ACCOUNT, Checklist.Settled.done())), ACTIONS);

		assertThat(guide)
			.isEqualTo(new SetupGuide(1, 8, "IDENTITY", "DUE", "/seller/identity", "seller-home.identity.start"));
		assertThat(guide.complete()).isFalse();
	}

	@Test
	void aStepInReviewIsWaitedForWithoutAButton() {
		SetupGuide guide = SetupGuide.of(checklist(Map.of(Requirement.ACCOUNT, Checklist.Settled.done(),
				Requirement.IDENTITY, Checklist.Settled.inReview(Instant.parse("2026-12-07T02:00:00Z")))), ACTIONS);

		assertThat(guide).isEqualTo(new SetupGuide(1, 8, "IDENTITY", "IN_REVIEW", null, null));
	}

	@Test
	void aStepWithoutAPageYetHasNoButton() {
		Map<Requirement, Checklist.Settled> settled = new EnumMap<>(Requirement.class);
		for (Requirement done : new Requirement[] { Requirement.ACCOUNT, Requirement.IDENTITY, Requirement.APPLICATION,
				Requirement.FEES }) {
			settled.put(done, Checklist.Settled.done());
		}

		assertThat(SetupGuide.of(checklist(settled), ACTIONS))
			.isEqualTo(new SetupGuide(4, 8, "EXAM", "DUE", null, null));
	}

	@Test
	void everyStepDoneIsComplete() {
		Map<Requirement, Checklist.Settled> settled = new EnumMap<>(Requirement.class);
		for (Requirement requirement : Requirement.values()) {
			settled.put(requirement, Checklist.Settled.done());
		}

		SetupGuide guide = SetupGuide.of(checklist(settled), ACTIONS);

		assertThat(guide).isEqualTo(new SetupGuide(8, 8, null, null, null, null));
		assertThat(guide.complete()).isTrue();
	}

	private static Checklist checklist(Map<Requirement, Checklist.Settled> settled) {
		return Checklist.of(settled, "NONE");
	}

}
