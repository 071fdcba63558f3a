package io.kaidian.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.kaidian.platform.cache.Refreshed;
import io.kaidian.platform.money.Money;

/**
 * The marketplace's active offers, kept in memory and refreshed from the database
 * (R-APP-2…4, R-FEE-1). Guide: docs/guide/offers.md.
 */
@Service
public class Offers {

	private static final Logger log = LoggerFactory.getLogger(Offers.class);

	private final JdbcClient jdbc;

	private final Refreshed<Snapshot> snapshot;

	Offers(JdbcClient jdbc, SettlementProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.snapshot = new Refreshed<>(properties.offersRefreshInterval(), clock, this::refresh);
	}

	/** The active business scopes, in display order, each with its active categories. */
	public List<BusinessScope> scopes() {
		return this.snapshot.get().scopes();
	}

	/** The active scope with that code. */
	public Optional<BusinessScope> scope(String code) {
		return scopes().stream().filter((s) -> s.code().equals(code)).findFirst();
	}

	/** The sales plans, basic first. */
	public List<PlanTerms> plans() {
		return this.snapshot.get().plans();
	}

	/** The terms of one plan. */
	public PlanTerms plan(SalesPlan plan) {
		return plans().stream().filter((p) -> p.plan() == plan).findFirst().orElseThrow();
	}

	/** The version of the offers the cache holds; it moves with every change. */
	public long version() {
		return this.snapshot.get().version();
	}

	/**
	 * The offers as one consistent whole: the version and the scopes and plans of that
	 * version (for answers that name the version they show, e.g. in an {@code ETag}).
	 */
	public Snapshot snapshot() {
		return this.snapshot.get();
	}

	/** Re-reads the offers now: after a change made through this instance. */
	void reload() {
		this.snapshot.reload();
	}

	private Snapshot refresh(@Nullable Snapshot current) {
		if (current == null) {
			return load(currentVersion());
		}
		try {
			long version = currentVersion();
			return (version == current.version()) ? current : load(version);
		}
		catch (DataAccessException ex) {
			log.warn("Could not refresh the offers; keeping version {}", current.version(), ex);
			return current;
		}
	}

	private long currentVersion() {
		return this.jdbc.sql("SELECT version FROM offers_version").query(Long.class).single();
	}

	private Snapshot load(long version) {
		Map<String, List<Category>> categories = new LinkedHashMap<>();
		this.jdbc.sql("SELECT scope_code, code, name_en, name_zh, requires_qualification, allows_no_brand, "
				+ "requires_product_checklist FROM business_category WHERE active ORDER BY scope_code, position, code")
			.query((rs) -> {
				categories.computeIfAbsent(rs.getString("scope_code"), (k) -> new ArrayList<>())
					.add(new Category(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"),
							rs.getBoolean("requires_qualification"), rs.getBoolean("allows_no_brand"),
							rs.getBoolean("requires_product_checklist")));
			});
		List<BusinessScope> scopes = this.jdbc
			.sql("SELECT code, name_en, name_zh, annual_fee_basic, annual_fee_standard, deposit, store_types "
					+ "FROM business_scope WHERE active ORDER BY position, code")
			.query((rs, row) -> {
				Map<SalesPlan, Money> fees = new EnumMap<>(SalesPlan.class);
				fees.put(SalesPlan.BASIC, Money.cny(rs.getBigDecimal("annual_fee_basic")));
				fees.put(SalesPlan.STANDARD, Money.cny(rs.getBigDecimal("annual_fee_standard")));
				String[] types = (String[]) rs.getArray("store_types").getArray();
				return new BusinessScope(rs.getString("code"), rs.getString("name_en"), rs.getString("name_zh"), fees,
						Money.cny(rs.getBigDecimal("deposit")),
						categories.getOrDefault(rs.getString("code"), List.of()),
						Arrays.stream(StoreType.values())
							.filter((t) -> Arrays.asList(types).contains(t.name()))
							.toList());
			})
			.list();
		List<PlanTerms> plans = this.jdbc
			.sql("SELECT code, name_en, name_zh, product_limit, individual_business_allowed, "
					+ "upgrade_min_months_on_basic, upgrade_min_completed_orders, upgrade_min_sales FROM sales_plan")
			.query((rs, row) -> plan(rs))
			.list()
			.stream()
			.sorted((a, b) -> a.plan().compareTo(b.plan()))
			.toList();
		return new Snapshot(version, scopes, plans);
	}

	/** A {@code sales_plan} row. */
	static PlanTerms plan(ResultSet rs) throws SQLException {
		Integer months = (Integer) rs.getObject("upgrade_min_months_on_basic");
		BigDecimal sales = rs.getBigDecimal("upgrade_min_sales");
		Integer orders = (Integer) rs.getObject("upgrade_min_completed_orders");
		PlanTerms.UpgradeConditions upgrade = (months != null) ? new PlanTerms.UpgradeConditions(months,
				orders != null ? orders : 0, Money.cny(sales != null ? sales : BigDecimal.ZERO)) : null;
		return new PlanTerms(SalesPlan.valueOf(rs.getString("code")), rs.getString("name_en"), rs.getString("name_zh"),
				rs.getInt("product_limit"), rs.getBoolean("individual_business_allowed"), upgrade);
	}

	/**
	 * The offers of one version.
	 *
	 * @param version the value of the {@code offers_version} counter they were read at
	 * @param scopes the active business scopes, in display order, each with its active
	 * categories
	 * @param plans the sales plans, basic first
	 */
	public record Snapshot(long version, List<BusinessScope> scopes, List<PlanTerms> plans) {

		public Snapshot {
			scopes = List.copyOf(scopes);
			plans = List.copyOf(plans);
		}

	}

}
