package io.kaidian.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.money.Money;

/**
 * The offers as operators edit them, active or not ({@code business_scope},
 * {@code business_category}, {@code sales_plan}), and the {@code offers_version} counter
 * every change moves.
 */
@Repository
class CatalogueEntries {

	/** A gap between positions, so an operator can slot something in between. */
	private static final int POSITION_STEP = 10;

	private final JdbcClient jdbc;

	CatalogueEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every scope in display order, each with all its categories. */
	List<ScopeEntry> scopes() {
		Map<String, List<CategoryEntry>> categories = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM business_category ORDER BY scope_code, position, code").query((rs) -> {
			categories.computeIfAbsent(rs.getString("scope_code"), (k) -> new ArrayList<>()).add(category(rs));
		});
		return this.jdbc.sql("SELECT * FROM business_scope ORDER BY position, code")
			.query((rs, row) -> scope(rs, categories.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	/** The terms of every plan, basic first. */
	List<PlanTerms> plans() {
		return this.jdbc.sql("SELECT * FROM sales_plan")
			.query((rs, row) -> Offers.plan(rs))
			.list()
			.stream()
			.sorted((a, b) -> a.plan().compareTo(b.plan()))
			.toList();
	}

	/** Serialises changes: the last writer wins. */
	void lockVersion() {
		this.jdbc.sql("SELECT version FROM offers_version FOR UPDATE").query(Long.class).single();
	}

	long bumpVersion() {
		return this.jdbc.sql("UPDATE offers_version SET version = version + 1 RETURNING version")
			.query(Long.class)
			.single();
	}

	/** The scope, locked, with its categories if asked. */
	Optional<ScopeEntry> scopeForUpdate(String code, boolean withCategories) {
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

	Optional<CategoryEntry> categoryForUpdate(String code) {
		return this.jdbc.sql("SELECT * FROM business_category WHERE code = :code FOR UPDATE")
			.param("code", code)
			.query((rs, row) -> category(rs))
			.optional();
	}

	PlanTerms planForUpdate(SalesPlan plan) {
		return this.jdbc.sql("SELECT * FROM sales_plan WHERE code = :code FOR UPDATE")
			.param("code", plan.name())
			.query((rs, row) -> Offers.plan(rs))
			.single();
	}

	int nextScopePosition() {
		return this.jdbc.sql("SELECT COALESCE(MAX(position), 0) + :step FROM business_scope")
			.param("step", POSITION_STEP)
			.query(Integer.class)
			.single();
	}

	int nextCategoryPosition(String scopeCode) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(position), 0) + :step FROM business_category WHERE scope_code = :scope")
			.param("step", POSITION_STEP)
			.param("scope", scopeCode)
			.query(Integer.class)
			.single();
	}

	void putScope(ScopeEntry scope, boolean exists, OffsetDateTime at) {
		this.jdbc
			.sql(!exists
					? "INSERT INTO business_scope (code, name_en, name_zh, annual_fee_basic, annual_fee_standard, "
							+ "deposit, store_types, position, active, updated_at) VALUES (:code, :nameEn, :nameZh, "
							+ ":basic, :standard, :deposit, CAST(:storeTypes AS TEXT[]), :position, :active, :at)"
					: "UPDATE business_scope SET name_en = :nameEn, name_zh = :nameZh, annual_fee_basic = :basic, "
							+ "annual_fee_standard = :standard, deposit = :deposit, "
							+ "store_types = CAST(:storeTypes AS TEXT[]), position = :position, active = :active, "
							+ "updated_at = :at WHERE code = :code")
			.param("code", scope.code())
			.param("nameEn", scope.nameEn())
			.param("nameZh", scope.nameZh())
			.param("basic", scope.annualFees().get(SalesPlan.BASIC).amount())
			.param("standard", scope.annualFees().get(SalesPlan.STANDARD).amount())
			.param("deposit", scope.deposit().amount())
			.param("storeTypes", scope.storeTypes().stream().map(StoreType::name).toArray(String[]::new))
			.param("position", scope.position())
			.param("active", scope.active())
			.param("at", at)
			.update();
	}

	void putCategory(CategoryEntry category, boolean exists) {
		this.jdbc.sql(!exists ? "INSERT INTO business_category (code, scope_code, name_en, name_zh, "
				+ "requires_qualification, allows_no_brand, requires_product_checklist, position, active) "
				+ "VALUES (:code, :scope, :nameEn, :nameZh, :qualification, :noBrand, :checklist, :position, :active)"
				: "UPDATE business_category SET name_en = :nameEn, name_zh = :nameZh, "
						+ "requires_qualification = :qualification, allows_no_brand = :noBrand, "
						+ "requires_product_checklist = :checklist, position = :position, active = :active "
						+ "WHERE code = :code AND scope_code = :scope")
			.param("code", category.code())
			.param("scope", category.scopeCode())
			.param("nameEn", category.nameEn())
			.param("nameZh", category.nameZh())
			.param("qualification", category.requiresQualification())
			.param("noBrand", category.allowsNoBrand())
			.param("checklist", category.requiresProductChecklist())
			.param("position", category.position())
			.param("active", category.active())
			.update();
	}

	void putPlan(PlanTerms terms) {
		PlanTerms.UpgradeConditions conditions = terms.upgrade();
		this.jdbc
			.sql("UPDATE sales_plan SET name_en = :nameEn, name_zh = :nameZh, product_limit = :limit, "
					+ "individual_business_allowed = :individuals, upgrade_min_months_on_basic = :months, "
					+ "upgrade_min_completed_orders = :orders, upgrade_min_sales = :sales WHERE code = :code")
			.param("code", terms.plan().name())
			.param("nameEn", terms.nameEn())
			.param("nameZh", terms.nameZh())
			.param("limit", terms.productLimit())
			.param("individuals", terms.individualBusinessAllowed())
			.param("months", (conditions != null) ? conditions.minMonthsOnBasic() : null, Types.INTEGER)
			.param("orders", (conditions != null) ? conditions.minCompletedOrders() : null, Types.INTEGER)
			.param("sales", (conditions != null) ? conditions.minSales().amount() : null, Types.NUMERIC)
			.update();
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

}
