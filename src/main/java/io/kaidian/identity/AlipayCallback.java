package io.kaidian.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;
import io.kaidian.review.ReviewDesk;

/**
 * The Alipay step finished (R-ID-2), on the sandbox page or by the real provider's
 * callback: a refused authorisation rejects the case, a completed one puts it on the
 * reviewers' identity queue.
 */
@Service
public class AlipayCallback {

	private final IdentityCases cases;

	private final ReviewDesk reviews;

	private final IdentityReviewSubject reviewSubject;

	private final IdentityRefusal refusal;

	private final IdentityAudit audit;

	private final Clock clock;

	AlipayCallback(IdentityCases cases, ReviewDesk reviews, IdentityReviewSubject reviewSubject,
			IdentityRefusal refusal, IdentityAudit audit, Clock clock) {
		this.cases = cases;
		this.reviews = reviews;
		this.reviewSubject = reviewSubject;
		this.refusal = refusal;
		this.audit = audit;
		this.clock = clock;
	}

	/** The Alipay step finished (the sandbox page, or the real provider's callback). */
	@Transactional
	public void completeProvider(UUID providerRef, boolean authorised) {
		IdentityCase current = this.cases.byProviderRef(providerRef).orElseThrow(NotFoundException::new);
		if (current.status() != CaseStatus.AWAITING_PROVIDER) {
			// the provider's callback came twice, or after expiry
			throw new ConflictException("PROVIDER_STEP_CLOSED");
		}
		if (!authorised) {
			this.refusal.refuse(current, List.of(new Reason("method", "ALIPAY_AUTHORIZATION_FAILED", null)),
					"AWAITING_PROVIDER");
			return;
		}
		var review = this.reviews.open(new ReviewDesk.OpenCase(Queue.IDENTITY, subjectRef(current), current.sellerId(),
				current.memberId(), this.reviewSubject.of(current)));
		this.cases.transition(current, current.authorised(review.id(), review.dueBy()), this.clock.instant(), null);
		this.audit.record(current, "ALIPAY_COMPLETED", "AWAITING_PROVIDER", "IN_REVIEW", null);
	}

	private static String subjectRef(IdentityCase c) {
		return "identity:" + c.sellerId();
	}

}
