package io.kaidian.settlement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.kaidian.identity.SubjectType;

/**
 * Reads a seller's application: as the seller sees it, and what the seller may choose now
 * (R-APP-1, R-APP-2, PRODUCT.md §4.2). Guide: docs/guide/settlement-application.md.
 */
@Service
public class ApplicationLookup {

	private final Applications applications;

	private final ApplicationViewAssembler views;

	private final ApprovedIdentity identity;

	private final Offers offers;

	private final SettlementProperties properties;

	ApplicationLookup(Applications applications, ApplicationViewAssembler views, ApprovedIdentity identity,
			Offers offers, SettlementProperties properties) {
		this.applications = applications;
		this.views = views;
		this.identity = identity;
		this.offers = offers;
		this.properties = properties;
	}

	/** The seller's application, if it started one. */
	public Optional<ApplicationView> current(UUID sellerId) {
		return this.applications.of(sellerId).map(this.views::view);
	}

	/**
	 * What this seller may choose now: its approved subject type, each plan with why it
	 * may not be chosen (R-APP-2), and what is locked.
	 */
	public Choices choices(UUID sellerId) {
		Optional<SubjectType> subject = this.identity.of(sellerId);
		List<Choices.PlanChoice> plans = this.offers.plans().stream().map((terms) -> {
			boolean allowed = subject.isPresent()
					&& (subject.get() == SubjectType.ENTERPRISE || terms.individualBusinessAllowed());
			String reason = subject.isEmpty() ? "IDENTITY_NOT_APPROVED"
					: allowed ? null : "PLAN_NOT_ALLOWED_FOR_SUBJECT";
			return new Choices.PlanChoice(terms.plan(), terms, allowed, reason, terms.upgrade());
		}).toList();
		Optional<SettlementApplication> application = this.applications.of(sellerId);
		Set<String> locked = application.map(SettlementApplication::lockedFields).orElse(Set.of());
		boolean editable = subject.isPresent() && application.map(SettlementApplication::editable).orElse(true);
		return new Choices(subject.isPresent(), subject.orElse(null), plans, locked, editable,
				this.properties.maxBrands());
	}

	/**
	 * Whether a stored document is one of an application's (for the reviewer's route).
	 */
	public boolean holdsDocument(UUID documentId) {
		return this.applications.holding(documentId).isPresent();
	}

}
