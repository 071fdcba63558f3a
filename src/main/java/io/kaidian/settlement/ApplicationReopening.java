package io.kaidian.settlement;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * After a rejection, the seller's first change (a save, an upload, the submit) opens the
 * next attempt: approved items stay locked and their documents carry over (R-APP-6,
 * PRODUCT.md §4.2).
 */
@Component
class ApplicationReopening {

	private final ApplicationDocuments documents;

	private final ApplicationAudit audit;

	ApplicationReopening(ApplicationDocuments documents, ApplicationAudit audit) {
		this.documents = documents;
		this.audit = audit;
	}

	/** The draft a change starts from: the application itself, or its next attempt. */
	SettlementApplication draftOf(SettlementApplication current) {
		return current.status() == ApplicationStatus.REJECTED ? current.reopened() : current;
	}

	/** Once the next attempt is saved: its accepted documents carry over. */
	void reopened(SettlementApplication saved) {
		this.documents.carryOverAccepted(saved.id());
		this.audit.seller(saved, "REOPENED", "REJECTED", "DRAFT", null, Map.of());
	}

}
