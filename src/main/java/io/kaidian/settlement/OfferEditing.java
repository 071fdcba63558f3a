package io.kaidian.settlement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.Violation;

/**
 * Operators edit the offers (R-APP-2…4, R-FEE-1): scopes, their categories, the plans'
 * terms. Nothing is deleted; every change moves {@code offers_version}, is audited and is
 * seen by {@link Offers}. Guide: docs/guide/offers.md; ADR 0011.
 */
@Service
public class OfferEditing {

	/**
	 * The audit trail's {@code member_id} of changes to the marketplace's offers, which
	 * concern no one seller (a member ID starts with {@code cn}, so it never clashes).
	 */
	public static final String AUDIT_MEMBER = "marketplace";

	private final CatalogueEntries entries;

	private final TransactionTemplate transactions;

	private final Offers offers;

	private final AuditTrail audit;

	private final Clock clock;

	OfferEditing(CatalogueEntries entries, TransactionTemplate transactions, Offers offers, AuditTrail audit,
			Clock clock) {
		this.entries = entries;
		this.transactions = transactions;
		this.offers = offers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every scope, active or not, in display order, each with all its categories. */
	public List<ScopeEntry> scopes() {
		return this.entries.scopes();
	}

	/** The terms of every plan, basic first, as stored now. */
	public List<PlanTerms> plans() {
		return this.entries.plans();
	}

	/** The recorded changes to the offers, oldest first. */
	public List<AuditTrail.Recorded> history() {
		return this.audit.history(AUDIT_MEMBER);
	}

	/**
	 * Creates or replaces a business scope, its categories kept; every broken rule at
	 * once and nothing written. A position or state left out is kept (or last, active).
	 */
	public SavedEntry<ScopeEntry> putScope(String code, ScopeChange change, UUID operator) {
		OfferRules rules = new OfferRules();
		rules.code(OfferRules.SCOPE_CODE, code, "code", "SCOPE_CODE_INVALID");
		String nameEn = rules.name("nameEn", change.nameEn(), OfferRules.MAX_NAME_EN);
		String nameZh = rules.name("nameZh", change.nameZh(), OfferRules.MAX_NAME_ZH);
		Map<SalesPlan, Money> fees = rules.fees(change.annualFees());
		Money deposit = rules.amount("deposit", change.deposit(), OfferRules.FEE_LIMIT);
		List<StoreType> storeTypes = rules.storeTypes(change.storeTypes());
		rules.position(change.position());
		rules.throwIfAny();
		SavedEntry<ScopeEntry> saved = this.transactions.execute((status) -> {
			this.entries.lockVersion();
			Optional<ScopeEntry> before = this.entries.scopeForUpdate(code, true);
			int position = (change.position() != null) ? change.position()
					: before.map(ScopeEntry::position).orElseGet(this.entries::nextScopePosition);
			boolean active = (change.active() != null) ? change.active() : before.map(ScopeEntry::active).orElse(true);
			ScopeEntry after = new ScopeEntry(code, nameEn, nameZh, fees, deposit, storeTypes, position, active,
					before.map(ScopeEntry::categories).orElse(List.of()));
			if (before.isPresent() && before.get().equals(after)) {
				return new SavedEntry<>(after, false);
			}
			long version = this.entries.bumpVersion();
			this.entries.putScope(after, before.isPresent(), now());
			record("business-scope:" + code, before.map(ScopeEntry::withoutCategories).orElse(null),
					after.withoutCategories(), before.map(ScopeEntry::active), active, version, operator);
			return new SavedEntry<>(after, before.isEmpty());
		});
		this.offers.reload();
		return Objects.requireNonNull(saved);
	}

	/**
	 * Creates or replaces a category of a scope; it never moves to another scope
	 * ({@code 409 CATEGORY_IN_OTHER_SCOPE}), applications name it under its scope.
	 */
	public SavedEntry<CategoryEntry> putCategory(String scopeCode, String code, CategoryChange change, UUID operator) {
		OfferRules rules = new OfferRules();
		rules.code(OfferRules.CATEGORY_CODE, code, "categoryCode", "CATEGORY_CODE_INVALID");
		String nameEn = rules.name("nameEn", change.nameEn(), OfferRules.MAX_NAME_EN);
		String nameZh = rules.name("nameZh", change.nameZh(), OfferRules.MAX_NAME_ZH);
		rules.required("requiresQualification", change.requiresQualification());
		rules.required("allowsNoBrand", change.allowsNoBrand());
		rules.required("requiresProductChecklist", change.requiresProductChecklist());
		rules.position(change.position());
		rules.throwIfAny();
		SavedEntry<CategoryEntry> saved = this.transactions
			.execute((status) -> saveCategory(scopeCode, code, nameEn, nameZh, change, operator));
		this.offers.reload();
		return Objects.requireNonNull(saved);
	}

	private SavedEntry<CategoryEntry> saveCategory(String scopeCode, String code, String nameEn, String nameZh,
			CategoryChange change, UUID operator) {
		this.entries.lockVersion();
		if (this.entries.scopeForUpdate(scopeCode, false).isEmpty()) {
			throw new NotFoundException();
		}
		Optional<CategoryEntry> before = this.entries.categoryForUpdate(code);
		if (before.isPresent() && !before.get().scopeCode().equals(scopeCode)) {
			throw new ConflictException("CATEGORY_IN_OTHER_SCOPE",
					List.of(Violation.of("categoryCode", "CATEGORY_IN_OTHER_SCOPE", before.get().scopeCode())));
		}
		int position = (change.position() != null) ? change.position()
				: before.map(CategoryEntry::position).orElseGet(() -> this.entries.nextCategoryPosition(scopeCode));
		boolean active = (change.active() != null) ? change.active() : before.map(CategoryEntry::active).orElse(true);
		CategoryEntry after = new CategoryEntry(code, scopeCode, nameEn, nameZh,
				Boolean.TRUE.equals(change.requiresQualification()), Boolean.TRUE.equals(change.allowsNoBrand()),
				Boolean.TRUE.equals(change.requiresProductChecklist()), position, active);
		if (before.isPresent() && before.get().equals(after)) {
			return new SavedEntry<>(after, false);
		}
		long version = this.entries.bumpVersion();
		this.entries.putCategory(after, before.isPresent());
		record("business-category:" + code, before.orElse(null), after, before.map(CategoryEntry::active), active,
				version, operator);
		return new SavedEntry<>(after, before.isEmpty());
	}

	/** Replaces the terms of a sales plan (R-APP-2); {@code 404} for no such plan. */
	public PlanTerms putPlan(String code, PlanChange change, UUID operator) {
		SalesPlan plan = Arrays.stream(SalesPlan.values())
			.filter((p) -> p.name().equals(code))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		PlanTerms after = new OfferRules().planTerms(plan, change);
		this.transactions.executeWithoutResult((status) -> {
			this.entries.lockVersion();
			PlanTerms before = this.entries.planForUpdate(plan);
			if (before.equals(after)) {
				return;
			}
			long version = this.entries.bumpVersion();
			this.entries.putPlan(after);
			record("sales-plan:" + plan.name(), before, after, Optional.empty(), null, version, operator);
		});
		this.offers.reload();
		return after;
	}

	private void record(String subject, @Nullable Object before, Object after, Optional<Boolean> wasActive,
			@Nullable Boolean active, long version, UUID operator) {
		String action;
		if (before == null) {
			action = "CREATED";
		}
		else if (active != null && wasActive.isPresent() && !wasActive.get().equals(active)) {
			action = active ? "REACTIVATED" : "DEACTIVATED";
		}
		else {
			action = "UPDATED";
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("offersVersion", version);
		if (before != null) {
			detail.put("before", before);
		}
		detail.put("after", after);
		this.audit
			.record(new AuditTrail.Entry(AUDIT_MEMBER, subject, action, wasActive.map(OfferEditing::state).orElse(null),
					(active != null) ? state(active) : null, operator, "STAFF", null, detail));
	}

	private static String state(boolean active) {
		return active ? "ACTIVE" : "INACTIVE";
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
