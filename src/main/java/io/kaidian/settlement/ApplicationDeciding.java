package io.kaidian.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.kaidian.review.CaseDecided;
import io.kaidian.review.ItemsDecided;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.Reason;

/**
 * Applies the review desk's decisions to the application, each once (R-APP-5, R-APP-6):
 * items decided ahead of the rest, then the whole. A redelivered event, a case that is
 * not the current review, or an application decided meanwhile changes nothing. Guide:
 * docs/guide/settlement-application.md.
 */
@Component
class ApplicationDeciding {

	private final Applications applications;

	private final ApplicationDocuments documents;

	private final ApplicationAudit audit;

	private final ApplicationEventPublisher events;

	private final SettlementProperties properties;

	private final Clock clock;

	ApplicationDeciding(Applications applications, ApplicationDocuments documents, ApplicationAudit audit,
			ApplicationEventPublisher events, SettlementProperties properties, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** The reviewer decided the whole application: approved or rejected (R-APP-6). */
	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.queue() != Queue.APPLICATION) {
			return;
		}
		SettlementApplication current = inReviewOn(decided.sellerId(), decided.caseId()).orElse(null);
		if (current == null) {
			return; // already applied
		}
		List<CaseDecided.ItemDecision> items = decided.items().isEmpty() ? current.items()
			.stream()
			.filter((i) -> i.status() == ItemStatus.IN_REVIEW)
			.map((i) -> new CaseDecided.ItemDecision(i.key(), decided.outcome(),
					decided.reasons().stream().filter((r) -> r.field().equals(i.key())).toList()))
			.toList() : decided.items();
		Instant now = this.clock.instant();
		SettlementApplication after = this.applications.save(current,
				current.decided(items, seen(current), now, this.properties.tmMarkValidity()), now);
		for (CaseDecided.ItemDecision item : items) {
			boolean approved = item.outcome() == Outcome.APPROVED;
			this.documents.mark(current.id(), item.ref(), approved ? "ACCEPTED" : "REJECTED");
			// an item decided ahead of the rest was recorded then (R-APP-5)
			this.audit.itemDecided(current, after, item.ref(), decided.caseId(), decided.decidedBy(), Map.of());
		}
		this.audit.staff(current, "DECIDED", after.status().name(), decided.decidedBy(), after.reasons(),
				Map.of("attempt", current.attempt(), "reviewCaseId", decided.caseId().toString()));
		if (after.status() == ApplicationStatus.APPROVED) {
			this.events.publishEvent(after.approvedEvent());
		}
		else {
			this.events
				.publishEvent(new ApplicationRejected(after.sellerId(), after.memberId(), after.id(), after.reasons()));
		}
	}

	/**
	 * R-APP-5: the reviewer decided some items ahead of the rest (brands within their 7
	 * working days). Their outcomes and reasons are recorded on the items at once, the
	 * application stays in review, and the seller is told
	 * ({@link ApplicationItemsDecided}).
	 */
	@ApplicationModuleListener
	void on(ItemsDecided decided) {
		if (decided.queue() != Queue.APPLICATION) {
			return;
		}
		SettlementApplication current = inReviewOn(decided.sellerId(), decided.caseId()).orElse(null);
		if (current == null) {
			return; // another review's, or the whole was decided already
		}
		SettlementApplication early = current.itemsDecided(decided.caseId(), decided.items(), seen(current));
		List<String> now = decided.items()
			.stream()
			.map(CaseDecided.ItemDecision::ref)
			.filter((ref) -> ApplicationAudit.changed(current, early, ref))
			.toList();
		if (now.isEmpty()) {
			return; // already recorded
		}
		SettlementApplication after = this.applications.save(current, early, this.clock.instant());
		List<String> approved = new ArrayList<>();
		List<Reason> rejected = new ArrayList<>();
		for (String ref : now) {
			ApplicationItem item = after.item(ref).orElseThrow();
			boolean approval = item.status() == ItemStatus.APPROVED;
			this.documents.mark(after.id(), ref, approval ? "ACCEPTED" : "REJECTED");
			this.audit.itemDecided(current, after, ref, decided.caseId(), decided.decidedBy(), Map.of("early", true));
			if (approval) {
				approved.add(item.label());
			}
			else {
				rejected.addAll(item.reasons());
			}
		}
		List<ApplicationItem> remaining = after.items()
			.stream()
			.filter((i) -> i.status() == ItemStatus.IN_REVIEW)
			.toList();
		this.audit.staff(after, "ITEMS_DECIDED", "IN_REVIEW", decided.decidedBy(), rejected,
				Map.of("attempt", after.attempt(), "reviewCaseId", decided.caseId().toString(), "items", now,
						"remaining", remaining.stream().map(ApplicationItem::key).toList()));
		this.events.publishEvent(new ApplicationItemsDecided(after.sellerId(), after.memberId(), after.id(),
				decided.caseId(), approved, rejected, remaining.stream().map(ApplicationItem::label).toList()));
	}

	/**
	 * The seller's application, locked, if it is in review on that case: a decision of
	 * another (older) case, or one applied already, finds nothing.
	 */
	private Optional<SettlementApplication> inReviewOn(UUID sellerId, UUID reviewCaseId) {
		return this.applications.forUpdate(sellerId)
			.filter((a) -> reviewCaseId.equals(a.reviewCaseId()) && a.status() == ApplicationStatus.IN_REVIEW);
	}

	/** The items as a decision sees them: each brand's data and its documents' ids. */
	private Map<String, ApplicationItem.Decided> seen(SettlementApplication current) {
		Map<ItemRef, Map<String, UUID>> attached = new HashMap<>();
		for (ApplicationDocuments.Attached d : this.documents.of(current.id())) {
			attached.computeIfAbsent(d.ref(), (k) -> new HashMap<>()).put(d.kind(), d.documentId());
		}
		Map<String, ApplicationItem.Decided> seen = new HashMap<>();
		for (ApplicationItem item : current.items()) {
			seen.put(item.key(),
					new ApplicationItem.Decided(item.brand(), attached.getOrDefault(item.ref(), Map.of())));
		}
		return seen;
	}

}
