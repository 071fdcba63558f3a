package io.kaidian.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.money.Money;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * What an operator may set the offers to (R-APP-2…4, R-FEE-1): every broken rule is
 * collected, then refused at once. Guide: docs/guide/offers.md.
 */
final class OfferRules {

	static final Pattern SCOPE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");

	static final Pattern CATEGORY_CODE = Pattern.compile("^[a-z][a-z0-9-]{1,47}$");

	static final int MAX_NAME_EN = 80;

	static final int MAX_NAME_ZH = 40;

	static final int MAX_POSITION = 1_000_000;

	/** Fees and deposits are {@code NUMERIC(12, 2)}: below 10^10. */
	static final BigDecimal FEE_LIMIT = new BigDecimal("10000000000");

	/** Upgrade sales are {@code NUMERIC(14, 2)}: below 10^12. */
	static final BigDecimal SALES_LIMIT = new BigDecimal("1000000000000");

	private final List<Violation> violations = new ArrayList<>();

	/** Refuses what was collected, if anything ({@code 422}, every violation). */
	void throwIfAny() {
		if (!this.violations.isEmpty()) {
			throw new RuleViolationException(this.violations);
		}
	}

	void add(String field, String code, Object... arguments) {
		this.violations.add(Violation.of(field, code, arguments));
	}

	void code(Pattern pattern, String code, String field, String violation) {
		if (!pattern.matcher(code).matches()) {
			add(field, violation);
		}
	}

	/** A name, stripped: required, at most {@code max} characters. */
	String name(String field, @Nullable String name, int max) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			add(field, "REQUIRED");
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > max) {
			add(field, "NAME_TOO_LONG", max);
		}
		return trimmed;
	}

	void required(String field, @Nullable Boolean value) {
		if (value == null) {
			add(field, "REQUIRED");
		}
	}

	void position(@Nullable Integer position) {
		if (position != null && (position < 0 || position > MAX_POSITION)) {
			add("position", "POSITION_INVALID", MAX_POSITION);
		}
	}

	@Nullable Integer count(String field, @Nullable Integer value) {
		if (value == null) {
			add(field, "REQUIRED");
		}
		else if (value < 0) {
			add(field, "COUNT_NEGATIVE");
		}
		return value;
	}

	/** The annual fee of each plan, keyed by the plan's name. */
	Map<SalesPlan, Money> fees(@Nullable Map<String, @Nullable String> fees) {
		Map<String, @Nullable String> given = (fees != null) ? fees : Map.of();
		for (String key : given.keySet()) {
			if (Arrays.stream(SalesPlan.values()).noneMatch((plan) -> plan.name().equals(key))) {
				add("annualFees." + key, "SALES_PLAN_INVALID");
			}
		}
		Map<SalesPlan, Money> result = new EnumMap<>(SalesPlan.class);
		for (SalesPlan plan : SalesPlan.values()) {
			result.put(plan, amount("annualFees." + plan.name(), given.get(plan.name()), FEE_LIMIT));
		}
		return result;
	}

	/**
	 * A CNY amount as an operator writes it, {@code "10000.00"} or {@code "10000"}: a
	 * decimal number from zero, at most two decimals, below {@code limit}. On a violation
	 * the answer is zero, never used since the violation refuses the request.
	 */
	Money amount(String field, @Nullable String text, BigDecimal limit) {
		if (text == null || text.isBlank()) {
			add(field, "REQUIRED");
			return Money.cny(BigDecimal.ZERO);
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			add(field, "AMOUNT_INVALID");
			return Money.cny(BigDecimal.ZERO);
		}
		if (amount.signum() < 0) {
			add(field, "AMOUNT_NEGATIVE");
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			add(field, "AMOUNT_TOO_PRECISE");
		}
		else if (amount.compareTo(limit) >= 0) {
			add(field, "AMOUNT_TOO_LARGE", limit.toPlainString());
		}
		else {
			return Money.cny(amount);
		}
		return Money.cny(BigDecimal.ZERO);
	}

	/** One or more known store types, in their order. */
	List<StoreType> storeTypes(@Nullable List<@Nullable String> storeTypes) {
		if (storeTypes == null || storeTypes.isEmpty()) {
			add("storeTypes", "STORE_TYPES_REQUIRED");
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < storeTypes.size(); i++) {
			String name = storeTypes.get(i);
			if (name == null || Arrays.stream(StoreType.values()).noneMatch((t) -> t.name().equals(name))) {
				add("storeTypes[" + i + "]", "STORE_TYPE_INVALID");
			}
			else {
				names.add(name);
			}
		}
		return Arrays.stream(StoreType.values()).filter((t) -> names.contains(t.name())).toList();
	}

	/**
	 * A plan's terms: a product limit above zero, the basic plan open to individual
	 * businesses, upgrade conditions exactly for a plan they cannot choose.
	 */
	PlanTerms planTerms(SalesPlan plan, PlanChange change) {
		String nameEn = name("nameEn", change.nameEn(), MAX_NAME_EN);
		String nameZh = name("nameZh", change.nameZh(), MAX_NAME_ZH);
		if (change.productLimit() == null) {
			add("productLimit", "REQUIRED");
		}
		else if (change.productLimit() < 1) {
			add("productLimit", "PRODUCT_LIMIT_INVALID");
		}
		Boolean individuals = change.individualBusinessAllowed();
		if (individuals == null) {
			add("individualBusinessAllowed", "REQUIRED");
		}
		else if (plan == SalesPlan.BASIC && !individuals) {
			add("individualBusinessAllowed", "BASIC_PLAN_FOR_INDIVIDUALS");
		}
		PlanTerms.UpgradeConditions upgrade = upgrade(individuals, change.upgrade());
		throwIfAny();
		return new PlanTerms(plan, nameEn, nameZh, Objects.requireNonNull(change.productLimit()),
				Boolean.TRUE.equals(individuals), upgrade);
	}

	private PlanTerms.@Nullable UpgradeConditions upgrade(@Nullable Boolean individuals,
			@Nullable UpgradeChange change) {
		if (Boolean.FALSE.equals(individuals) && change == null) {
			add("upgrade", "UPGRADE_CONDITIONS_REQUIRED");
		}
		else if (Boolean.TRUE.equals(individuals) && change != null) {
			add("upgrade", "UPGRADE_CONDITIONS_NOT_APPLICABLE");
		}
		else if (change != null) {
			Integer months = count("upgrade.minMonthsOnBasic", change.minMonthsOnBasic());
			Integer orders = count("upgrade.minCompletedOrders", change.minCompletedOrders());
			Money sales = amount("upgrade.minSales", change.minSales(), SALES_LIMIT);
			if (months != null && orders != null) {
				return new PlanTerms.UpgradeConditions(months, orders, sales);
			}
		}
		return null;
	}

}
