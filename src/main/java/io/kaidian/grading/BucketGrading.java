package io.kaidian.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grades the merchants of one bucket for one month in one set-based statement, no loop
 * over merchants: the bucket's grades of the month are computed from every fact completed
 * before the month's end and upserted; a grade that did not change is not written again
 * (a rerun of the same facts writes nothing), and a grade whose merchant no longer has a
 * fact in the month is deleted. The same facts and rule version give the same rows
 * (docs/adr/0028-grading-runs.md).
 * <ul>
 * <li>R-GRADE-1: feedback scores summed per merchant, buyer and calendar month; with the
 * rule on, each such sum counts as its sign (one buyer at most once a month).</li>
 * <li>R-GRADE-2: the level is the number of thresholds the points reach.</li>
 * <li>R-GRADE-3: assessed orders are those completed in the window; an order is bad once,
 * however many defects it has (one row per order).</li>
 * <li>R-GRADE-6: below the minimum of assessed orders, not yet rated; a merchant whose
 * store opened (before the month's end) less than the grace period ago is passing at
 * worst; for a merchant that never opened through Kaidian its first order stands in for
 * the opening.</li>
 * <li>R-GRADE-4: the exposure weight of the service level.</li>
 * </ul>
 */
@Component
class BucketGrading {

	static final String GRADE = """
			WITH per_buyer_month AS (
			    SELECT merchant_id,
			           sum(feedback) AS score,
			           count(*) FILTER (WHERE completed_at >= :windowStart) AS assessed,
			           count(*) FILTER (WHERE completed_at >= :windowStart
			                            AND (feedback = -1 OR dispute OR shipped_late OR cancelled)) AS bad,
			           min(completed_at) AS first_at
			    FROM order_fact
			    WHERE bucket = :bucket AND completed_at < :end
			    GROUP BY merchant_id, buyer_id, date_trunc('month', completed_at, :zone)
			), per_merchant AS (
			    SELECT merchant_id,
			           coalesce(sum(CASE WHEN NOT :once THEN score WHEN score > 0 THEN 1 WHEN score < 0 THEN -1
			                             ELSE 0 END), 0)::bigint AS points,
			           sum(assessed)::bigint AS assessed, sum(bad)::bigint AS bad, min(first_at) AS first_at
			    FROM per_buyer_month GROUP BY merchant_id
			), opened AS (
			    SELECT m.*, o.opened_at, coalesce(o.opened_at, m.first_at) > :graceStart AS in_grace
			    FROM per_merchant m
			    LEFT JOIN grading_store_opening o ON o.merchant_id = m.merchant_id AND o.opened_at < :end
			), rated AS (
			    SELECT m.*, width_bucket(m.points, CAST(:thresholds AS bigint[])) AS level,
			           CASE WHEN m.assessed < :minAssessed THEN 'NOT_RATED'
			                WHEN m.bad < :excellent * m.assessed THEN 'EXCELLENT'
			                WHEN m.bad < :good * m.assessed THEN 'GOOD'
			                WHEN m.bad < :passing * m.assessed OR m.in_grace THEN 'PASSING'
			                ELSE 'FAILING' END AS service_level
			    FROM opened m
			), weighted AS (
			    SELECT r.*, CASE r.service_level WHEN 'EXCELLENT' THEN :wExcellent WHEN 'GOOD' THEN :wGood
			                WHEN 'PASSING' THEN :wPassing WHEN 'FAILING' THEN :wFailing
			                ELSE :wNotRated END::numeric(4, 2) AS weight
			    FROM rated r
			), graded AS (
			    SELECT w.merchant_id, w.points, w.level, coalesce(p.level, 0) AS previous_level, w.assessed, w.bad,
			           CASE WHEN w.assessed = 0 THEN 0 ELSE round(w.bad::numeric / w.assessed, 6) END AS rate,
			           w.service_level, w.in_grace, w.first_at, w.weight,
			           p.exposure_weight IS DISTINCT FROM w.weight AS weight_changed, w.opened_at
			    FROM weighted w
			    LEFT JOIN merchant_grade p ON p.merchant_id = w.merchant_id AND p.month = :previousMonth
			), written AS (
			    INSERT INTO merchant_grade AS g (merchant_id, month, bucket, rule_version, credit_points, level,
			        previous_level, assessed_orders, bad_orders, bad_order_rate, service_level, in_grace, first_order_at,
			        exposure_weight, weight_changed, run_id, store_opened_at)
			    SELECT merchant_id, :month, :bucket, :version, points, level, previous_level, assessed, bad, rate,
			           service_level, in_grace, first_at, weight, weight_changed, :run, opened_at
			    FROM graded
			    ON CONFLICT (merchant_id, month) DO UPDATE SET bucket = EXCLUDED.bucket,
			        rule_version = EXCLUDED.rule_version, credit_points = EXCLUDED.credit_points, level = EXCLUDED.level,
			        previous_level = EXCLUDED.previous_level, assessed_orders = EXCLUDED.assessed_orders,
			        bad_orders = EXCLUDED.bad_orders, bad_order_rate = EXCLUDED.bad_order_rate,
			        service_level = EXCLUDED.service_level, in_grace = EXCLUDED.in_grace,
			        first_order_at = EXCLUDED.first_order_at, exposure_weight = EXCLUDED.exposure_weight,
			        weight_changed = EXCLUDED.weight_changed, run_id = EXCLUDED.run_id,
			        store_opened_at = EXCLUDED.store_opened_at
			    WHERE (g.bucket, g.rule_version, g.credit_points, g.level, g.previous_level, g.assessed_orders,
			           g.bad_orders, g.bad_order_rate, g.service_level, g.in_grace, g.first_order_at, g.exposure_weight,
			           g.weight_changed, g.store_opened_at)
			          IS DISTINCT FROM (EXCLUDED.bucket, EXCLUDED.rule_version, EXCLUDED.credit_points, EXCLUDED.level,
			           EXCLUDED.previous_level, EXCLUDED.assessed_orders, EXCLUDED.bad_orders, EXCLUDED.bad_order_rate,
			           EXCLUDED.service_level, EXCLUDED.in_grace, EXCLUDED.first_order_at, EXCLUDED.exposure_weight,
			           EXCLUDED.weight_changed, EXCLUDED.store_opened_at)
			    RETURNING 1
			), vanished AS (
			    DELETE FROM merchant_grade g WHERE g.month = :month AND g.bucket = :bucket
			        AND NOT EXISTS (SELECT 1 FROM graded x WHERE x.merchant_id = g.merchant_id)
			    RETURNING 1
			)
			SELECT count(*) FROM graded
			""";

	private final JdbcClient jdbc;

	private final GradingCalendar calendar;

	private final GradingProperties properties;

	BucketGrading(JdbcClient jdbc, GradingCalendar calendar, GradingProperties properties) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * Replaces the bucket's grades of the month; returns how many merchants it graded.
	 */
	int grade(UUID runId, YearMonth month, RuleVersion rules, int bucket) {
		Instant end = this.calendar.end(month);
		// for this transaction only: the aggregation of a bucket stays in memory
		this.jdbc.sql("SELECT set_config('work_mem', :workMem, true)")
			.param("workMem", this.properties.runWorkMem())
			.query(String.class)
			.single();
		return this.jdbc.sql(GRADE)
			.param("run", runId)
			.param("month", month.atDay(1))
			.param("previousMonth", month.minusMonths(1).atDay(1))
			.param("bucket", (short) bucket)
			.param("version", rules.version())
			.param("end", end.atOffset(ZoneOffset.UTC))
			.param("windowStart", end.minus(Duration.ofDays(rules.serviceWindowDays())).atOffset(ZoneOffset.UTC))
			.param("graceStart", end.minus(Duration.ofDays(rules.graceDays())).atOffset(ZoneOffset.UTC))
			.param("zone", this.properties.zone().getId())
			.param("once", rules.buyerOncePerMonth())
			.param("thresholds", rules.levelThresholds().toArray(Integer[]::new))
			.param("minAssessed", rules.minAssessedOrders())
			.param("excellent", rules.excellentBelow())
			.param("good", rules.goodBelow())
			.param("passing", rules.passingBelow())
			.param("wExcellent", rules.weights().excellent())
			.param("wGood", rules.weights().good())
			.param("wPassing", rules.weights().passing())
			.param("wFailing", rules.weights().failing())
			.param("wNotRated", rules.weights().notRated())
			.query(Integer.class)
			.single();
	}

}
