package io.kaidian.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.kaidian.review.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verification case owns its workflow: each step checks the state it starts from. */
class IdentityCaseTransitionsTests {

	private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

	private static final Reason BLURRED = new Reason("ID_FRONT", "PHOTO_BLURRED", null);

	@Test
	void aDraftGoesThroughTheAlipayStepAndReviewToApproval() {
		UUID authorization = UUID.randomUUID();
		UUID review = UUID.randomUUID();

		IdentityCase submitted = draft().submitted(authorization, NOW);
		IdentityCase inReview = submitted.authorised(review, NOW.plusSeconds(172_800));
		IdentityCase approved = inReview.approved();

		assertThat(submitted.status()).isEqualTo(CaseStatus.AWAITING_PROVIDER);
		assertThat(submitted.providerRef()).isEqualTo(authorization);
		assertThat(submitted.providerStartedAt()).isEqualTo(NOW);
		assertThat(inReview.status()).isEqualTo(CaseStatus.IN_REVIEW);
		assertThat(inReview.reviewCaseId()).isEqualTo(review);
		assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		IdentityCase draft = draft();

		assertThatThrownBy(draft::approved).isInstanceOf(IdentityCase.StepNotAllowedException.class);
		assertThatThrownBy(() -> draft.authorised(UUID.randomUUID(), NOW))
			.isInstanceOf(IdentityCase.StepNotAllowedException.class);
		IdentityCase submitted = draft.submitted(UUID.randomUUID(), NOW);
		assertThatThrownBy(() -> submitted.submitted(UUID.randomUUID(), NOW))
			.isInstanceOf(IdentityCase.StepNotAllowedException.class);
		IdentityCase approved = submitted.authorised(UUID.randomUUID(), NOW).approved();
		// R-ID-7: nothing follows an approval
		assertThatThrownBy(() -> approved.rejected(List.of(BLURRED)))
			.isInstanceOf(IdentityCase.StepNotAllowedException.class);
	}

	@Test
	void R_ID_4_onlyACaseWaitingOnAlipayExpires() {
		assertThatThrownBy(() -> draft().expired(BLURRED)).isInstanceOf(IdentityCase.StepNotAllowedException.class);
		assertThat(draft().submitted(UUID.randomUUID(), NOW).expired(BLURRED).status()).isEqualTo(CaseStatus.EXPIRED);
	}

	@Test
	void aRejectionNamesItsReasons() {
		IdentityCase inReview = draft().submitted(UUID.randomUUID(), NOW).authorised(UUID.randomUUID(), NOW);

		assertThatThrownBy(() -> inReview.rejected(List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThat(inReview.rejected(List.of(BLURRED)).reasons()).containsExactly(BLURRED);
	}

	private static IdentityCase draft() {
		return new IdentityCase(UUID.randomUUID(), UUID.randomUUID(), "cn10000000000009", 1, null, CaseStatus.DRAFT,
				SubjectType.INDIVIDUAL_BUSINESS, SubjectType.Method.PERSONAL_ALIPAY, "杭州小明茶叶店", null, "王小明",
				"11010119900307001X", null, null, null, null, List.of(), 0);
	}

}
