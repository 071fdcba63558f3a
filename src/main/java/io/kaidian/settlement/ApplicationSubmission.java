package io.kaidian.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.identity.SubjectType;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.review.Queue;
import io.kaidian.review.ReviewDesk;

/**
 * The seller submits the application (R-APP-6): complete, every rule kept, every required
 * document present; one case opens on the {@code APPLICATION} queue with every item not
 * yet approved. Guide: docs/guide/settlement-application.md.
 */
@Service
public class ApplicationSubmission {

	private final Applications applications;

	private final ApplicationRules rules;

	private final RequiredDocumentPolicy required;

	private final ApprovedIdentity identity;

	private final ApplicationReopening reopening;

	private final ReviewSubjectAssembler reviewSubject;

	private final ReviewDesk reviews;

	private final ApplicationAudit audit;

	private final ApplicationViewAssembler views;

	private final ApplicationEventPublisher events;

	private final ApprovalAnnouncement announcement;

	private final SettlementProperties properties;

	private final Clock clock;

	ApplicationSubmission(Applications applications, ApplicationRules rules, RequiredDocumentPolicy required,
			ApprovedIdentity identity, ApplicationReopening reopening, ReviewSubjectAssembler reviewSubject,
			ReviewDesk reviews, ApplicationAudit audit, ApplicationViewAssembler views,
			ApplicationEventPublisher events, SettlementProperties properties, Clock clock,
			ApprovalAnnouncement announcement) {
		this.announcement = announcement;
		this.applications = applications;
		this.rules = rules;
		this.required = required;
		this.identity = identity;
		this.reopening = reopening;
		this.reviewSubject = reviewSubject;
		this.reviews = reviews;
		this.audit = audit;
		this.views = views;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Submits the seller's application; {@code 422} names each broken rule and each
	 * missing {@code brand:<i>.<KIND>} and {@code category:<code>.<KIND>}.
	 * @param sellerId the seller
	 * @return the application in review, or approved when only approved items are left
	 */
	@Transactional
	public ApplicationView submit(UUID sellerId) {
		SubjectType subject = this.identity.require(sellerId);
		SettlementApplication current = this.applications.forUpdate(sellerId)
			.orElseThrow(() -> new ConflictException("APPLICATION_DRAFT_REQUIRED"));
		current.requireEditable();
		List<Violation> violations = new ArrayList<>(
				this.rules.checkComplete(current.form(), subject, current.approvedBrandIndexes()));
		violations.addAll(this.required.missing(current));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Instant now = this.clock.instant();
		SettlementApplication draft = this.reopening.draftOf(current);
		SettlementApplication after = draft.items().stream().noneMatch(ApplicationItem::toReview)
				? approveAsIs(current, draft, now) : openReview(current, draft, now);
		return this.views.view(after);
	}

	/**
	 * Every rejected item was removed and nothing added: what is left was approved.
	 */
	private SettlementApplication approveAsIs(SettlementApplication current, SettlementApplication draft, Instant now) {
		SettlementApplication approved = this.applications.save(current,
				draft.approvedAsIs(now, this.properties.tmMarkValidity()), now);
		if (draft != current) {
			this.reopening.reopened(approved);
		}
		this.audit.seller(approved, "APPROVED", "DRAFT", "APPROVED", "ALL_ITEMS_APPROVED", Map.of());
		this.events.publishEvent(this.announcement.of(approved));
		return approved;
	}

	private SettlementApplication openReview(SettlementApplication current, SettlementApplication draft, Instant now) {
		var review = this.reviews.open(new ReviewDesk.OpenCase(Queue.APPLICATION, "application:" + current.sellerId(),
				current.sellerId(), current.memberId(), this.reviewSubject.of(draft)));
		SettlementApplication submitted = this.applications.save(current, draft.submitted(review.id(), review.dueBy()),
				now);
		if (draft != current) {
			this.reopening.reopened(submitted);
		}
		this.audit.seller(submitted, "SUBMITTED", "DRAFT", "IN_REVIEW", null,
				Map.of("reviewCaseId", review.id().toString(), "items",
						draft.items().stream().filter(ApplicationItem::toReview).map(ApplicationItem::key).toList()));
		return submitted;
	}

}
