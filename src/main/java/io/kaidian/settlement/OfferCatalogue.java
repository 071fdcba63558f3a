package io.kaidian.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * The operators' side of the offers (R-APP-2…4, R-FEE-1): business scopes with their
 * fees, deposits and store types, their categories, and the terms of the sales plans, as
 * {@code /api/v1/admin/business-scopes} and {@code /api/v1/admin/sales-plans} show and
 * edit them.
 * <p>
 * Nothing is ever deleted, since applications refer to the codes: a scope or category
 * leaves the offers with {@code active: false}. Every change moves the
 * {@code offers_version} counter in its own transaction (which also serialises concurrent
 * changes: the last writer wins, the counter counts every change), is recorded in the
 * audit trail, and is seen by this instance's {@link Offers} at once and by the other
 * instances within {@code kaidian.settlement.offers-refresh-interval}.
 */
@Service
public class OfferCatalogue {

	/**
	 * The audit trail's {@code member_id} of changes to the marketplace's offers, which
	 * concern no one seller (a member ID starts with {@code cn}, so it never clashes).
	 */
	public static final String AUDIT_MEMBER = "marketplace";

	static final Pattern SCOPE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");

	static final Pattern CATEGORY_CODE = Pattern.compile("^[a-z][a-z0-9-]{1,47}$");

	static final int MAX_NAME_EN = 80;

	static final int MAX_NAME_ZH = 40;

	static final int MAX_POSITION = 1_000_000;

	/** Fees and deposits are {@code NUMERIC(12, 2)}: below 10^10. */
	static final BigDecimal FEE_LIMIT = new BigDecimal("10000000000");

	/** Upgrade sales are {@code NUMERIC(14, 2)}: below 10^12. */
	static final BigDecimal SALES_LIMIT = new BigDecimal("1000000000000");

	/** A gap between positions, so an operator can slot something in between. */
	private static final int POSITION_STEP = 10;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Offers offers;

	private final AuditTrail audit;

	private final Clock clock;

	OfferCatalogue(JdbcClient jdbc, TransactionTemplate transactions, Offers offers, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.offers = offers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every scope, active or not, in display order, each with all its categories. */
	public List<ScopeEntry> scopes() {
		Map<String, List<CategoryEntry>> categories = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM business_category ORDER BY scope_code, position, code").query((rs) -> {
			categories.computeIfAbsent(rs.getString("scope_code"), (k) -> new ArrayList<>()).add(category(rs));
		});
		return this.jdbc.sql("SELECT * FROM business_scope ORDER BY position, code")
			.query((rs, row) -> scope(rs, categories.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	/** The terms of every plan, basic first, as stored now. */
	public List<PlanTerms> plans() {
		return this.jdbc.sql("SELECT * FROM sales_plan")
			.query((rs, row) -> Offers.plan(rs))
			.list()
			.stream()
			.sorted((a, b) -> a.plan().compareTo(b.plan()))
			.toList();
	}

	/**
	 * The recorded changes to the offers, oldest first.
	 */
	public List<AuditTrail.Recorded> history() {
		return this.audit.history(AUDIT_MEMBER);
	}

	/**
	 * Creates or replaces a business scope (its categories are kept as they are). Every
	 * rule failure is reported at once and nothing is written: the code is
	 * {@code SCOPE_CODE_INVALID} unless 2–32 capital letters, digits or underscores
	 * starting with a letter; names are required, at most 80 (English) and 40 (Chinese)
	 * characters; the annual fee of each plan and the deposit are non-negative CNY
	 * amounts with at most two decimals; at least one store type. Without
	 * {@code position} a new scope goes last and an existing one stays where it is;
	 * without {@code active} a new scope is active and an existing one keeps its state.
	 * @param code the scope's code
	 * @param change what it becomes
	 * @param operator who changes it
	 */
	public Saved<ScopeEntry> putScope(String code, ScopeChange change, UUID operator) {
		List<Violation> violations = new ArrayList<>();
		if (!SCOPE_CODE.matcher(code).matches()) {
			violations.add(Violation.of("code", "SCOPE_CODE_INVALID"));
		}
		String nameEn = name("nameEn", change.nameEn(), MAX_NAME_EN, violations);
		String nameZh = name("nameZh", change.nameZh(), MAX_NAME_ZH, violations);
		Map<SalesPlan, Money> fees = fees(change.annualFees(), violations);
		Money deposit = amount("deposit", change.deposit(), FEE_LIMIT, violations);
		List<StoreType> storeTypes = storeTypes(change.storeTypes(), violations);
		position(change.position(), violations);
		throwIfAny(violations);
		Saved<ScopeEntry> saved = this.transactions.execute((status) -> {
			lockVersion();
			Optional<ScopeEntry> before = findScope(code, true);
			int position = (change.position() != null) ? change.position()
					: before.map(ScopeEntry::position).orElseGet(this::nextScopePosition);
			boolean active = (change.active() != null) ? change.active() : before.map(ScopeEntry::active).orElse(true);
			List<CategoryEntry> categories = before.map(ScopeEntry::categories).orElse(List.of());
			ScopeEntry after = new ScopeEntry(code, nameEn, nameZh, fees, deposit, storeTypes, position, active,
					categories);
			if (before.isPresent() && before.get().equals(after)) {
				return new Saved<>(after, false);
			}
			long version = bumpVersion();
			this.jdbc.sql(before.isEmpty()
					? "INSERT INTO business_scope (code, name_en, name_zh, annual_fee_basic, annual_fee_standard, "
							+ "deposit, store_types, position, active, updated_at) VALUES (:code, :nameEn, :nameZh, "
							+ ":basic, :standard, :deposit, CAST(:storeTypes AS TEXT[]), :position, :active, :at)"
					: "UPDATE business_scope SET name_en = :nameEn, name_zh = :nameZh, annual_fee_basic = :basic, "
							+ "annual_fee_standard = :standard, deposit = :deposit, "
							+ "store_types = CAST(:storeTypes AS TEXT[]), position = :position, active = :active, "
							+ "updated_at = :at WHERE code = :code")
				.param("code", code)
				.param("nameEn", nameEn)
				.param("nameZh", nameZh)
				.param("basic", fees.get(SalesPlan.BASIC).amount())
				.param("standard", fees.get(SalesPlan.STANDARD).amount())
				.param("deposit", deposit.amount())
				.param("storeTypes", storeTypes.stream().map(StoreType::name).toArray(String[]::new))
				.param("position", position)
				.param("active", active)
				.param("at", now())
				.update();
			record("business-scope:" + code, before.map(ScopeEntry::withoutCategories).orElse(null),
					after.withoutCategories(), before.map(ScopeEntry::active), active, version, operator);
			return new Saved<>(after, before.isEmpty());
		});
		this.offers.reload();
		return Objects.requireNonNull(saved);
	}

	/**
	 * Creates or replaces a category of a scope. The rules of
	 * {@link #putScope(String, ScopeChange, UUID)} apply to its names and position; the
	 * code is {@code CATEGORY_CODE_INVALID} unless 2–48 lower-case letters, digits or
	 * hyphens starting with a letter; the three flags are required. A category never
	 * moves to another scope (applications name it under its scope).
	 * @param scopeCode the scope it belongs to
	 * @param code the category's code
	 * @param change what it becomes
	 * @param operator who changes it
	 * @throws NotFoundException when there is no such scope
	 * @throws ConflictException {@code CATEGORY_IN_OTHER_SCOPE} when the code is a
	 * category of another scope
	 */
	public Saved<CategoryEntry> putCategory(String scopeCode, String code, CategoryChange change, UUID operator) {
		List<Violation> violations = new ArrayList<>();
		if (!CATEGORY_CODE.matcher(code).matches()) {
			violations.add(Violation.of("categoryCode", "CATEGORY_CODE_INVALID"));
		}
		String nameEn = name("nameEn", change.nameEn(), MAX_NAME_EN, violations);
		String nameZh = name("nameZh", change.nameZh(), MAX_NAME_ZH, violations);
		required("requiresQualification", change.requiresQualification(), violations);
		required("allowsNoBrand", change.allowsNoBrand(), violations);
		required("requiresProductChecklist", change.requiresProductChecklist(), violations);
		position(change.position(), violations);
		throwIfAny(violations);
		Saved<CategoryEntry> saved = this.transactions.execute((status) -> {
			lockVersion();
			if (findScope(scopeCode, false).isEmpty()) {
				throw new NotFoundException();
			}
			Optional<CategoryEntry> before = this.jdbc
				.sql("SELECT * FROM business_category WHERE code = :code FOR UPDATE")
				.param("code", code)
				.query((rs, row) -> category(rs))
				.optional();
			if (before.isPresent() && !before.get().scopeCode().equals(scopeCode)) {
				throw new ConflictException("CATEGORY_IN_OTHER_SCOPE",
						List.of(Violation.of("categoryCode", "CATEGORY_IN_OTHER_SCOPE", before.get().scopeCode())));
			}
			int position = (change.position() != null) ? change.position()
					: before.map(CategoryEntry::position).orElseGet(() -> nextCategoryPosition(scopeCode));
			boolean active = (change.active() != null) ? change.active()
					: before.map(CategoryEntry::active).orElse(true);
			CategoryEntry after = new CategoryEntry(code, scopeCode, nameEn, nameZh,
					Boolean.TRUE.equals(change.requiresQualification()), Boolean.TRUE.equals(change.allowsNoBrand()),
					Boolean.TRUE.equals(change.requiresProductChecklist()), position, active);
			if (before.isPresent() && before.get().equals(after)) {
				return new Saved<>(after, false);
			}
			long version = bumpVersion();
			this.jdbc.sql(before.isEmpty() ? "INSERT INTO business_category (code, scope_code, name_en, name_zh, "
					+ "requires_qualification, allows_no_brand, requires_product_checklist, position, active) "
					+ "VALUES (:code, :scope, :nameEn, :nameZh, :qualification, :noBrand, :checklist, :position, :active)"
					: "UPDATE business_category SET name_en = :nameEn, name_zh = :nameZh, "
							+ "requires_qualification = :qualification, allows_no_brand = :noBrand, "
							+ "requires_product_checklist = :checklist, position = :position, active = :active "
							+ "WHERE code = :code AND scope_code = :scope")
				.param("code", code)
				.param("scope", scopeCode)
				.param("nameEn", nameEn)
				.param("nameZh", nameZh)
				.param("qualification", after.requiresQualification())
				.param("noBrand", after.allowsNoBrand())
				.param("checklist", after.requiresProductChecklist())
				.param("position", position)
				.param("active", active)
				.update();
			record("business-category:" + code, before.orElse(null), after, before.map(CategoryEntry::active), active,
					version, operator);
			return new Saved<>(after, before.isEmpty());
		});
		this.offers.reload();
		return Objects.requireNonNull(saved);
	}

	/**
	 * Replaces the terms of a sales plan (R-APP-2). Names follow the rules of a scope's;
	 * the product limit is above zero; the basic plan stays open to individual businesses
	 * ({@code BASIC_PLAN_FOR_INDIVIDUALS}); a plan individual businesses cannot choose
	 * needs upgrade conditions ({@code UPGRADE_CONDITIONS_REQUIRED}), one they can choose
	 * has none ({@code UPGRADE_CONDITIONS_NOT_APPLICABLE}); months and orders are whole
	 * numbers from zero, sales a non-negative CNY amount.
	 * @param code {@code BASIC} or {@code STANDARD}
	 * @param change what the plan's terms become
	 * @param operator who changes them
	 * @throws NotFoundException when there is no such plan
	 */
	public PlanTerms putPlan(String code, PlanChange change, UUID operator) {
		SalesPlan plan = Arrays.stream(SalesPlan.values())
			.filter((p) -> p.name().equals(code))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		List<Violation> violations = new ArrayList<>();
		String nameEn = name("nameEn", change.nameEn(), MAX_NAME_EN, violations);
		String nameZh = name("nameZh", change.nameZh(), MAX_NAME_ZH, violations);
		if (change.productLimit() == null) {
			violations.add(Violation.of("productLimit", "REQUIRED"));
		}
		else if (change.productLimit() < 1) {
			violations.add(Violation.of("productLimit", "PRODUCT_LIMIT_INVALID"));
		}
		Boolean individuals = change.individualBusinessAllowed();
		if (individuals == null) {
			violations.add(Violation.of("individualBusinessAllowed", "REQUIRED"));
		}
		else if (plan == SalesPlan.BASIC && !individuals) {
			violations.add(Violation.of("individualBusinessAllowed", "BASIC_PLAN_FOR_INDIVIDUALS"));
		}
		PlanTerms.@Nullable UpgradeConditions upgrade = null;
		UpgradeChange upgradeChange = change.upgrade();
		if (Boolean.FALSE.equals(individuals) && upgradeChange == null) {
			violations.add(Violation.of("upgrade", "UPGRADE_CONDITIONS_REQUIRED"));
		}
		else if (Boolean.TRUE.equals(individuals) && upgradeChange != null) {
			violations.add(Violation.of("upgrade", "UPGRADE_CONDITIONS_NOT_APPLICABLE"));
		}
		else if (upgradeChange != null) {
			Integer months = count("upgrade.minMonthsOnBasic", upgradeChange.minMonthsOnBasic(), violations);
			Integer orders = count("upgrade.minCompletedOrders", upgradeChange.minCompletedOrders(), violations);
			Money sales = amount("upgrade.minSales", upgradeChange.minSales(), SALES_LIMIT, violations);
			if (months != null && orders != null) {
				upgrade = new PlanTerms.UpgradeConditions(months, orders, sales);
			}
		}
		throwIfAny(violations);
		PlanTerms after = new PlanTerms(plan, nameEn, nameZh, Objects.requireNonNull(change.productLimit()),
				Boolean.TRUE.equals(individuals), upgrade);
		this.transactions.executeWithoutResult((status) -> {
			lockVersion();
			PlanTerms before = this.jdbc.sql("SELECT * FROM sales_plan WHERE code = :code FOR UPDATE")
				.param("code", plan.name())
				.query((rs, row) -> Offers.plan(rs))
				.single();
			if (before.equals(after)) {
				return;
			}
			long version = bumpVersion();
			PlanTerms.UpgradeConditions conditions = after.upgrade();
			this.jdbc
				.sql("UPDATE sales_plan SET name_en = :nameEn, name_zh = :nameZh, product_limit = :limit, "
						+ "individual_business_allowed = :individuals, upgrade_min_months_on_basic = :months, "
						+ "upgrade_min_completed_orders = :orders, upgrade_min_sales = :sales WHERE code = :code")
				.param("code", plan.name())
				.param("nameEn", nameEn)
				.param("nameZh", nameZh)
				.param("limit", after.productLimit())
				.param("individuals", after.individualBusinessAllowed())
				.param("months", (conditions != null) ? conditions.minMonthsOnBasic() : null, java.sql.Types.INTEGER)
				.param("orders", (conditions != null) ? conditions.minCompletedOrders() : null, java.sql.Types.INTEGER)
				.param("sales", (conditions != null) ? conditions.minSales().amount() : null, java.sql.Types.NUMERIC)
				.update();
			record("sales-plan:" + plan.name(), before, after, Optional.empty(), null, version, operator);
		});
		this.offers.reload();
		return after;
	}

	private void lockVersion() {
		this.jdbc.sql("SELECT version FROM offers_version FOR UPDATE").query(Long.class).single();
	}

	private long bumpVersion() {
		return this.jdbc.sql("UPDATE offers_version SET version = version + 1 RETURNING version")
			.query(Long.class)
			.single();
	}

	private Optional<ScopeEntry> findScope(String code, boolean withCategories) {
		List<CategoryEntry> categories = withCategories
				? this.jdbc.sql("SELECT * FROM business_category WHERE scope_code = :code ORDER BY position, code")
					.param("code", code)
					.query((rs, row) -> category(rs))
					.list()
				: List.of();
		return this.jdbc.sql("SELECT * FROM business_scope WHERE code = :code FOR UPDATE")
			.param("code", code)
			.query((rs, row) -> scope(rs, categories))
			.optional();
	}

	private int nextScopePosition() {
		return this.jdbc.sql("SELECT COALESCE(MAX(position), 0) + :step FROM business_scope")
			.param("step", POSITION_STEP)
			.query(Integer.class)
			.single();
	}

	private int nextCategoryPosition(String scopeCode) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(position), 0) + :step FROM business_category WHERE scope_code = :scope")
			.param("step", POSITION_STEP)
			.param("scope", scopeCode)
			.query(Integer.class)
			.single();
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
		this.audit.record(
				new AuditTrail.Entry(AUDIT_MEMBER, subject, action, wasActive.map(OfferCatalogue::state).orElse(null),
						(active != null) ? state(active) : null, operator, "STAFF", null, detail));
	}

	private static String state(boolean active) {
		return active ? "ACTIVE" : "INACTIVE";
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static ScopeEntry scope(ResultSet rs, List<CategoryEntry> categories) throws SQLException {
		Map<SalesPlan, Money> fees = new EnumMap<>(SalesPlan.class);
		fees.put(SalesPlan.BASIC, Money.cny(rs.getBigDecimal("annual_fee_basic")));
		fees.put(SalesPlan.STANDARD, Money.cny(rs.getBigDecimal("annual_fee_standard")));
		List<String> types = Arrays.asList((String[]) rs.getArray("store_types").getArray());
		return new ScopeEntry(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"), fees,
				Money.cny(rs.getBigDecimal("deposit")),
				Arrays.stream(StoreType.values()).filter((t) -> types.contains(t.name())).toList(),
				rs.getInt("position"), rs.getBoolean("active"), categories);
	}

	private static CategoryEntry category(ResultSet rs) throws SQLException {
		return new CategoryEntry(rs.getString("code"), rs.getString("scope_code"), rs.getString("name_en"),
				rs.getString("name_zh"), rs.getBoolean("requires_qualification"), rs.getBoolean("allows_no_brand"),
				rs.getBoolean("requires_product_checklist"), rs.getInt("position"), rs.getBoolean("active"));
	}

	private static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private static String name(String field, @Nullable String name, int max, List<Violation> violations) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			violations.add(Violation.of(field, "REQUIRED"));
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > max) {
			violations.add(Violation.of(field, "NAME_TOO_LONG", max));
		}
		return trimmed;
	}

	private static void required(String field, @Nullable Boolean value, List<Violation> violations) {
		if (value == null) {
			violations.add(Violation.of(field, "REQUIRED"));
		}
	}

	private static void position(@Nullable Integer position, List<Violation> violations) {
		if (position != null && (position < 0 || position > MAX_POSITION)) {
			violations.add(Violation.of("position", "POSITION_INVALID", MAX_POSITION));
		}
	}

	private static @Nullable Integer count(String field, @Nullable Integer value, List<Violation> violations) {
		if (value == null) {
			violations.add(Violation.of(field, "REQUIRED"));
		}
		else if (value < 0) {
			violations.add(Violation.of(field, "COUNT_NEGATIVE"));
		}
		return value;
	}

	private static Map<SalesPlan, Money> fees(@Nullable Map<String, @Nullable String> fees,
			List<Violation> violations) {
		Map<String, @Nullable String> given = (fees != null) ? fees : Map.of();
		for (String key : given.keySet()) {
			if (Arrays.stream(SalesPlan.values()).noneMatch((plan) -> plan.name().equals(key))) {
				violations.add(Violation.of("annualFees." + key, "SALES_PLAN_INVALID"));
			}
		}
		Map<SalesPlan, Money> result = new EnumMap<>(SalesPlan.class);
		for (SalesPlan plan : SalesPlan.values()) {
			result.put(plan, amount("annualFees." + plan.name(), given.get(plan.name()), FEE_LIMIT, violations));
		}
		return result;
	}

	/**
	 * A CNY amount as an operator writes it, {@code "10000.00"} or {@code "10000"}: a
	 * decimal number from zero, at most two decimals, below {@code limit}. On a violation
	 * the answer is zero, never used since the violation refuses the request.
	 */
	static Money amount(String field, @Nullable String text, BigDecimal limit, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, "REQUIRED"));
			return Money.cny(BigDecimal.ZERO);
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(Violation.of(field, "AMOUNT_INVALID"));
			return Money.cny(BigDecimal.ZERO);
		}
		if (amount.signum() < 0) {
			violations.add(Violation.of(field, "AMOUNT_NEGATIVE"));
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			violations.add(Violation.of(field, "AMOUNT_TOO_PRECISE"));
		}
		else if (amount.compareTo(limit) >= 0) {
			violations.add(Violation.of(field, "AMOUNT_TOO_LARGE", limit.toPlainString()));
		}
		else {
			return Money.cny(amount);
		}
		return Money.cny(BigDecimal.ZERO);
	}

	private static List<StoreType> storeTypes(@Nullable List<@Nullable String> storeTypes, List<Violation> violations) {
		if (storeTypes == null || storeTypes.isEmpty()) {
			violations.add(Violation.of("storeTypes", "STORE_TYPES_REQUIRED"));
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < storeTypes.size(); i++) {
			String name = storeTypes.get(i);
			if (name == null || Arrays.stream(StoreType.values()).noneMatch((t) -> t.name().equals(name))) {
				violations.add(Violation.of("storeTypes[" + i + "]", "STORE_TYPE_INVALID"));
			}
			else {
				names.add(name);
			}
		}
		return Arrays.stream(StoreType.values()).filter((t) -> names.contains(t.name())).toList();
	}

	/**
	 * What a PUT answered: the thing as it is now, and whether it was new.
	 *
	 * @param <T> the thing
	 * @param value the scope or category as stored now
	 * @param created whether the request created it
	 */
	public record Saved<T>(T value, boolean created) {
	}

	/**
	 * A business scope as operators see it.
	 *
	 * @param code the scope's code
	 * @param nameEn its English name
	 * @param nameZh its Chinese name
	 * @param annualFees the annual technical service fee per plan
	 * @param deposit the deposit
	 * @param storeTypes the store types it offers
	 * @param position where it stands in the list, lowest first
	 * @param active whether sellers see it
	 * @param categories all its categories, active or not, in display order
	 */
	public record ScopeEntry(String code, String nameEn, String nameZh, Map<SalesPlan, Money> annualFees, Money deposit,
			List<StoreType> storeTypes, int position, boolean active, List<CategoryEntry> categories) {

		public ScopeEntry {
			annualFees = Map.copyOf(annualFees);
			storeTypes = List.copyOf(storeTypes);
			categories = List.copyOf(categories);
		}

		ScopeEntry withoutCategories() {
			return new ScopeEntry(this.code, this.nameEn, this.nameZh, this.annualFees, this.deposit, this.storeTypes,
					this.position, this.active, List.of());
		}

	}

	/**
	 * A category as operators see it.
	 *
	 * @param code the category's code
	 * @param scopeCode the scope it belongs to, for good
	 * @param nameEn its English name
	 * @param nameZh its Chinese name
	 * @param requiresQualification whether a qualification document must be uploaded
	 * @param allowsNoBrand whether unbranded goods may be sold in it
	 * @param requiresProductChecklist whether a product checklist must be uploaded
	 * @param position where it stands in its scope, lowest first
	 * @param active whether sellers see it
	 */
	public record CategoryEntry(String code, String scopeCode, String nameEn, String nameZh,
			boolean requiresQualification, boolean allowsNoBrand, boolean requiresProductChecklist, int position,
			boolean active) {
	}

	/**
	 * What an operator sets a scope to.
	 *
	 * @param nameEn its English name, 1–80 characters
	 * @param nameZh its Chinese name, 1–40 characters
	 * @param annualFees the annual fee of each plan, {@code {"BASIC": "10000.00",
	 * "STANDARD": "30000.00"}}
	 * @param deposit the deposit, e.g. {@code "10000.00"}
	 * @param storeTypes one or more of {@code OFFICIAL}, {@code SPECIALTY},
	 * {@code EXCLUSIVE}, {@code GENERAL}
	 * @param position where it stands, lowest first; kept (or last) when omitted
	 * @param active whether sellers see it; kept (or true) when omitted
	 */
	public record ScopeChange(@Nullable String nameEn, @Nullable String nameZh,
			@Nullable Map<String, @Nullable String> annualFees, @Nullable String deposit,
			@Nullable List<@Nullable String> storeTypes, @Nullable Integer position, @Nullable Boolean active) {
	}

	/**
	 * What an operator sets a category to.
	 *
	 * @param nameEn its English name, 1–80 characters
	 * @param nameZh its Chinese name, 1–40 characters
	 * @param requiresQualification whether a qualification document must be uploaded
	 * @param allowsNoBrand whether unbranded goods may be sold in it
	 * @param requiresProductChecklist whether a product checklist must be uploaded
	 * @param position where it stands in its scope; kept (or last) when omitted
	 * @param active whether sellers see it; kept (or true) when omitted
	 */
	public record CategoryChange(@Nullable String nameEn, @Nullable String nameZh,
			@Nullable Boolean requiresQualification, @Nullable Boolean allowsNoBrand,
			@Nullable Boolean requiresProductChecklist, @Nullable Integer position, @Nullable Boolean active) {
	}

	/**
	 * What an operator sets a plan's terms to.
	 *
	 * @param nameEn its English name, 1–80 characters
	 * @param nameZh its Chinese name, 1–40 characters
	 * @param productLimit how many products a store on it may list, at least 1
	 * @param individualBusinessAllowed whether an individual business may choose it at
	 * application
	 * @param upgrade what an individual business must reach to upgrade to it; required
	 * exactly when {@code individualBusinessAllowed} is false
	 */
	public record PlanChange(@Nullable String nameEn, @Nullable String nameZh, @Nullable Integer productLimit,
			@Nullable Boolean individualBusinessAllowed, @Nullable UpgradeChange upgrade) {
	}

	/**
	 * The upgrade conditions an operator sets.
	 *
	 * @param minMonthsOnBasic months on the basic plan, from 0
	 * @param minCompletedOrders completed orders in that time, from 0
	 * @param minSales sales in that time, a CNY amount, e.g. {@code "30000.00"}
	 */
	public record UpgradeChange(@Nullable Integer minMonthsOnBasic, @Nullable Integer minCompletedOrders,
			@Nullable String minSales) {
	}

}
