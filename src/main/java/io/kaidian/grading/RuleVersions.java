package io.kaidian.grading;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * The versions of the grading rules in {@code grading_rule_version}: operators add a
 * version, none is ever edited (a past month replays with the version it used).
 */
@Service
public class RuleVersions {

	private static final String COLUMNS = "version, buyer_once_per_month, level_thresholds, service_window_days, "
			+ "min_assessed_orders, grace_days, excellent_below, good_below, passing_below, weight_excellent, "
			+ "weight_good, weight_passing, weight_failing, weight_not_rated, created_by, created_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	RuleVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public RuleVersion current() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM grading_rule_version ORDER BY version DESC LIMIT 1")
			.query(RuleVersions::map)
			.single();
	}

	public Optional<RuleVersion> find(int version) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM grading_rule_version WHERE version = :version")
			.param("version", version)
			.query(RuleVersions::map)
			.optional();
	}

	public List<RuleVersion> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM grading_rule_version ORDER BY version DESC")
			.query(RuleVersions::map)
			.list();
	}

	/**
	 * Adds the next version; refuses thresholds that do not rise, rates outside (0, 1] or
	 * not rising, and weights that are not positive.
	 */
	@Transactional
	public RuleVersion add(NewRules rules, String by) {
		check(rules);
		this.jdbc.sql("LOCK TABLE grading_rule_version IN EXCLUSIVE MODE").update();
		int next = current().version() + 1;
		this.jdbc
			.sql("INSERT INTO grading_rule_version (" + COLUMNS + ") VALUES (:version, :once, :thresholds, "
					+ ":window, :min, :grace, :excellent, :good, :passing, :wExcellent, :wGood, :wPassing, :wFailing, "
					+ ":wNotRated, :by, :at)")
			.param("version", next)
			.param("once", rules.buyerOncePerMonth())
			.param("thresholds", rules.levelThresholds().toArray(Integer[]::new))
			.param("window", rules.serviceWindowDays())
			.param("min", rules.minAssessedOrders())
			.param("grace", rules.graceDays())
			.param("excellent", rules.excellentBelow())
			.param("good", rules.goodBelow())
			.param("passing", rules.passingBelow())
			.param("wExcellent", rules.weights().excellent())
			.param("wGood", rules.weights().good())
			.param("wPassing", rules.weights().passing())
			.param("wFailing", rules.weights().failing())
			.param("wNotRated", rules.weights().notRated())
			.param("by", by)
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return find(next).orElseThrow();
	}

	private static void check(NewRules rules) {
		List<Violation> violations = new ArrayList<>();
		List<Integer> thresholds = rules.levelThresholds();
		boolean rising = thresholds.size() == 10 && thresholds.get(0) > 0;
		for (int i = 1; rising && i < thresholds.size(); i++) {
			rising = thresholds.get(i) > thresholds.get(i - 1);
		}
		if (!rising) {
			violations.add(Violation.of("levelThresholds", "THRESHOLDS_INVALID"));
		}
		if (rules.serviceWindowDays() < 1 || rules.minAssessedOrders() < 1 || rules.graceDays() < 0) {
			violations.add(Violation.of("serviceWindowDays", "WINDOW_INVALID"));
		}
		if (rules.excellentBelow().signum() <= 0 || rules.excellentBelow().compareTo(rules.goodBelow()) >= 0
				|| rules.goodBelow().compareTo(rules.passingBelow()) >= 0
				|| rules.passingBelow().compareTo(BigDecimal.ONE) > 0) {
			violations.add(Violation.of("passingBelow", "RATES_INVALID"));
		}
		RuleVersion.Weights w = rules.weights();
		if (List.of(w.excellent(), w.good(), w.passing(), w.failing(), w.notRated())
			.stream()
			.anyMatch((weight) -> weight.signum() <= 0 || weight.compareTo(BigDecimal.TEN) >= 0)) {
			violations.add(Violation.of("weights", "WEIGHTS_INVALID"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private static RuleVersion map(ResultSet rs, int row) throws SQLException {
		Array thresholds = rs.getArray("level_thresholds");
		List<Integer> levels = Arrays.asList((Integer[]) thresholds.getArray());
		return new RuleVersion(rs.getInt("version"), rs.getBoolean("buyer_once_per_month"), levels,
				rs.getInt("service_window_days"), rs.getInt("min_assessed_orders"), rs.getInt("grace_days"),
				rs.getBigDecimal("excellent_below"), rs.getBigDecimal("good_below"), rs.getBigDecimal("passing_below"),
				new RuleVersion.Weights(rs.getBigDecimal("weight_excellent"), rs.getBigDecimal("weight_good"),
						rs.getBigDecimal("weight_passing"), rs.getBigDecimal("weight_failing"),
						rs.getBigDecimal("weight_not_rated")),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * The rules of a new version.
	 *
	 * @param buyerOncePerMonth R-GRADE-1
	 * @param levelThresholds R-GRADE-2, ten rising numbers
	 * @param serviceWindowDays R-GRADE-3
	 * @param minAssessedOrders R-GRADE-6
	 * @param graceDays R-GRADE-6
	 * @param excellentBelow R-GRADE-3
	 * @param goodBelow R-GRADE-3
	 * @param passingBelow R-GRADE-3
	 * @param weights R-GRADE-4
	 */
	public record NewRules(boolean buyerOncePerMonth, List<Integer> levelThresholds, int serviceWindowDays,
			int minAssessedOrders, int graceDays, BigDecimal excellentBelow, BigDecimal goodBelow,
			BigDecimal passingBelow, RuleVersion.Weights weights) {
	}

}
