package io.kaidian.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.identity.SubjectType;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * The seller saves the whole application, PUT semantics (R-APP-1…5): every broken rule at
 * once and nothing saved; after a rejection approved items and what they rest on stay
 * locked (R-APP-6, PRODUCT.md §4.2). Guide: docs/guide/settlement-application.md.
 */
@Service
public class ApplicationEditing {

	private final Applications applications;

	private final ApplicationDocuments documents;

	private final ApplicationRules rules;

	private final ApprovedIdentity identity;

	private final ApplicationReopening reopening;

	private final ApplicationAudit audit;

	private final ApplicationViewAssembler views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicationEditing(Applications applications, ApplicationDocuments documents, ApplicationRules rules,
			ApprovedIdentity identity, ApplicationReopening reopening, ApplicationAudit audit,
			ApplicationViewAssembler views, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.rules = rules;
		this.identity = identity;
		this.reopening = reopening;
		this.audit = audit;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Saves the whole application; the first save starts it, the first after a rejection
	 * opens the next attempt.
	 * @param sellerId the seller
	 * @param memberId its member ID
	 * @param form what the application becomes
	 * @return the application as saved
	 */
	@Transactional
	public ApplicationView save(UUID sellerId, String memberId, ApplicationForm form) {
		SubjectType subject = this.identity.require(sellerId);
		Instant now = this.clock.instant();
		boolean fresh = this.applications.start(sellerId, memberId, now);
		SettlementApplication current = this.applications.forUpdate(sellerId).orElseThrow();
		current.requireEditable();
		ApplicationForm normalised = normalise(form);
		List<Violation> violations = new ArrayList<>(
				this.rules.checkGiven(normalised, subject, current.approvedBrandIndexes()));
		violations.addAll(locks(current, normalised));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		SettlementApplication draft = this.reopening.draftOf(current);
		SettlementApplication edited = draft.edited(normalised.salesPlan(), normalised.storeType(),
				normalised.businessScope(), normalised.unbranded(), merge(draft, normalised));
		SettlementApplication saved = this.applications.save(current, edited, now);
		dropDocumentsOfChangedBrands(draft, saved);
		if (fresh) {
			this.audit.seller(saved, "STARTED", null, "DRAFT", null, Map.of());
			this.events.publishEvent(new ApplicationStarted(sellerId, memberId, saved.id(), now));
		}
		if (draft != current) {
			this.reopening.reopened(saved);
		}
		return this.views.view(saved);
	}

	/**
	 * PRODUCT.md §4.2, R-APP-6: once an item was approved it is locked, and so are the
	 * plan, the store type, the scope and "no brand" it was approved under. Approved
	 * categories stay in the list; approved brands keep their index and every field.
	 */
	private static List<Violation> locks(SettlementApplication current, ApplicationForm form) {
		if (!current.anyLocked()) {
			return List.of();
		}
		List<Violation> violations = new ArrayList<>();
		if (form.salesPlan() != current.salesPlan()) {
			violations.add(Violation.of("salesPlan", "ITEM_LOCKED", "salesPlan"));
		}
		if (form.storeType() != current.storeType()) {
			violations.add(Violation.of("storeType", "ITEM_LOCKED", "storeType"));
		}
		if (!Objects.equals(form.businessScope(), current.businessScope())) {
			violations.add(Violation.of("businessScope", "ITEM_LOCKED", "businessScope"));
		}
		if (form.unbranded() != current.noBrand()) {
			violations.add(Violation.of("noBrand", "ITEM_LOCKED", "noBrand"));
		}
		violations.addAll(lockedItems(current, form));
		return violations;
	}

	private static List<Violation> lockedItems(SettlementApplication current, ApplicationForm form) {
		List<Violation> violations = new ArrayList<>();
		for (ApplicationItem category : current.categories()) {
			if (category.locked() && !form.categoryCodes().contains(category.categoryCode())) {
				violations.add(Violation.of("categories", "ITEM_LOCKED", category.key()));
			}
		}
		List<BrandForm> brands = form.brandForms();
		for (ApplicationItem brand : current.brands()) {
			int index = brand.position();
			if (brand.locked() && (index >= brands.size() || brands.get(index) == null
					|| !Brand.of(brands.get(index)).equals(brand.brand()))) {
				violations.add(Violation.of("brands[" + index + "]", "ITEM_LOCKED", brand.key()));
			}
		}
		return violations;
	}

	/**
	 * The items after a save: categories by code (a kept one keeps its status and
	 * reasons), brands by index (an unchanged one keeps them, a changed one is a draft
	 * again).
	 */
	private static List<ApplicationItem> merge(SettlementApplication current, ApplicationForm form) {
		List<ApplicationItem> next = new ArrayList<>();
		List<String> codes = form.categoryCodes();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			int position = i;
			next.add(current.item(ItemRef.category(code))
				.map((existing) -> existing.moved(position))
				.orElseGet(() -> ApplicationItem.newCategory(code, position)));
		}
		List<BrandForm> brands = form.brandForms();
		for (int i = 0; i < brands.size(); i++) {
			Brand brand = Brand.of(brands.get(i));
			Optional<ApplicationItem> existing = current.item(ItemRef.brand(i));
			if (existing.isEmpty()) {
				next.add(ApplicationItem.newBrand(i, brand));
			}
			else if (brand.equals(existing.get().brand())) {
				next.add(existing.get());
			}
			else {
				next.add(existing.get().changed(brand, i));
			}
		}
		return next;
	}

	/**
	 * Documents are bound to their brand: another mark at an index (name or number
	 * changed) drops its documents; a brand no longer authorised drops its letter.
	 */
	private void dropDocumentsOfChangedBrands(SettlementApplication before, SettlementApplication after) {
		for (ApplicationItem brand : after.brands()) {
			Optional<ApplicationItem> old = before.item(brand.ref());
			if (old.isEmpty() || old.get().brand() == null) {
				continue;
			}
			List<String> kept = old.get().brand().sameMark(brand.brand())
					? brand.brand().requiredDocuments().stream().map(Enum::name).toList() : List.of();
			this.documents.dropExcept(after.id(), brand.ref(), kept);
		}
	}

	private static ApplicationForm normalise(ApplicationForm form) {
		List<String> codes = form.categoryCodes()
			.stream()
			.map((c) -> c == null || c.isBlank() ? c : c.strip())
			.toList();
		String scope = (form.businessScope() == null || form.businessScope().isBlank()) ? null
				: form.businessScope().strip();
		return new ApplicationForm(form.salesPlan(), form.storeType(), scope, codes, form.brandForms(), form.noBrand());
	}

}
