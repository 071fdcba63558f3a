package io.kaidian.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * For operators: how a month's merchants spread over levels and service levels, and how
 * one merchant's grade was computed from its facts.
 */
@Service
public class GradingStatistics {

	private final JdbcClient jdbc;

	private final GradingCalendar calendar;

	GradingStatistics(JdbcClient jdbc, GradingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** Merchants per level 0..10 (every level present, zero included). */
	public Map<Integer, Long> perLevel(YearMonth month) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		for (int level = 0; level <= 10; level++) {
			counts.put(level, 0L);
		}
		this.jdbc.sql("SELECT level, count(*) FROM merchant_grade WHERE month = :month GROUP BY level")
			.param("month", month.atDay(1))
			.query((rs) -> {
				counts.put(rs.getInt(1), rs.getLong(2));
			});
		return counts;
	}

	/** Merchants per service level, in the order of {@link ServiceLevel}. */
	public Map<ServiceLevel, Long> perServiceLevel(YearMonth month) {
		Map<ServiceLevel, Long> counts = new LinkedHashMap<>();
		for (ServiceLevel level : ServiceLevel.values()) {
			counts.put(level, 0L);
		}
		this.jdbc.sql("SELECT service_level, count(*) FROM merchant_grade WHERE month = :month GROUP BY service_level")
			.param("month", month.atDay(1))
			.query((rs) -> {
				counts.put(ServiceLevel.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	/** The figures behind one merchant's grade of a month, recomputed from its facts. */
	public Explanation explain(UUID merchantId, YearMonth month, RuleVersion rules) {
		Instant end = this.calendar.end(month);
		Instant windowStart = end.minus(Duration.ofDays(rules.serviceWindowDays()));
		return this.jdbc
			.sql("""
					WITH buyer_months AS (
					    SELECT sum(feedback) AS score, count(feedback) AS rated
					    FROM order_fact WHERE merchant_id = :id AND bucket = (hashtext(CAST(:id AS text)) & 15) AND completed_at < :end
					    GROUP BY buyer_id, date_trunc('month', completed_at, :zone)
					)
					SELECT (SELECT count(*) FROM order_fact WHERE merchant_id = :id AND bucket = (hashtext(CAST(:id AS text)) & 15) AND completed_at < :end) AS facts,
					       (SELECT coalesce(sum(rated), 0) FROM buyer_months) AS feedbacks,
					       (SELECT count(*) FROM buyer_months WHERE score > 0) AS positive,
					       (SELECT count(*) FROM buyer_months WHERE score < 0) AS negative,
					       count(*) AS assessed,
					       count(*) FILTER (WHERE feedback = -1) AS negative_feedback,
					       count(*) FILTER (WHERE dispute) AS disputes,
					       count(*) FILTER (WHERE shipped_late) AS late,
					       count(*) FILTER (WHERE cancelled) AS cancelled,
					       count(*) FILTER (WHERE (feedback = -1)::int + dispute::int + shipped_late::int
					                              + cancelled::int > 1) AS several
					FROM order_fact WHERE merchant_id = :id AND bucket = (hashtext(CAST(:id AS text)) & 15) AND completed_at >= :windowStart AND completed_at < :end
					""")
			.param("id", merchantId)
			.param("end", end.atOffset(ZoneOffset.UTC))
			.param("windowStart", windowStart.atOffset(ZoneOffset.UTC))
			.param("zone", this.calendar.zone().getId())
			.query((rs, row) -> new Explanation(rs.getLong("facts"), rs.getLong("feedbacks"), rs.getLong("positive"),
					rs.getLong("negative"), windowStart, end, rs.getLong("assessed"), rs.getLong("negative_feedback"),
					rs.getLong("disputes"), rs.getLong("late"), rs.getLong("cancelled"), rs.getLong("several")))
			.single();
	}

	/**
	 * One merchant's computation.
	 *
	 * @param facts orders completed before the month's end
	 * @param feedbacks of them, with feedback
	 * @param positiveBuyerMonths buyer-months that counted +1 (R-GRADE-1)
	 * @param negativeBuyerMonths buyer-months that counted -1
	 * @param windowStart the service window's first instant
	 * @param windowEnd the first instant after it
	 * @param assessedOrders orders in the window
	 * @param negativeFeedback of them, with negative feedback
	 * @param disputes with a seller-responsible dispute
	 * @param shippedLate shipped late
	 * @param cancelledBySeller cancelled by the seller
	 * @param severalDefects orders with more than one defect, counted once as bad
	 */
	public record Explanation(long facts, long feedbacks, long positiveBuyerMonths, long negativeBuyerMonths,
			Instant windowStart, Instant windowEnd, long assessedOrders, long negativeFeedback, long disputes,
			long shippedLate, long cancelledBySeller, long severalDefects) {
	}

}
