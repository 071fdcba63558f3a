package io.kaidian.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Facts written straight into grading's tables (many at once, with generate_series),
 * merchants without a seller account, and runs awaited to their end.
 */
final class GradingData {

	private final JdbcClient jdbc;

	GradingData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A run row as {@code GradingRuns.start} writes it, not handed to the scheduler: the
	 * test drives it.
	 */
	UUID unscheduledRun(YearMonth month, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO grading_run (id, month, rule_version, rerun, status, requested_by, started_at) "
					+ "VALUES (:id, :month, 1, false, 'RUNNING', 'test', :at)")
			.param("id", id)
			.param("month", month.atDay(1))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/** A merchant grading knows, with a fresh member ID. */
	UUID merchant() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO grading_merchant (merchant_id, member_id, first_seen) VALUES (:id, :member, now())")
			.param("id", id)
			.param("member", "KDT" + id.toString().replace("-", "").substring(0, 12))
			.update();
		return id;
	}

	/**
	 * {@code count} orders completed at {@code at}, each from its own buyer unless a
	 * buyer is given.
	 */
	void facts(UUID merchant, int count, Instant at, Integer feedback, String buyer, boolean dispute, boolean late,
			boolean cancelled) {
		this.jdbc.sql("INSERT INTO order_fact (bucket, merchant_id, order_id, buyer_id, completed_at, feedback, "
				+ "dispute, shipped_late, cancelled, received_at) SELECT (hashtext(CAST(:m AS text)) & 15)::smallint, "
				+ ":m, :prefix || n, coalesce(:buyer, 'buyer-' || n), :at, :feedback, :dispute, :late, :cancelled, now() "
				+ "FROM generate_series(1, :count) n")
			.param("m", merchant)
			.param("prefix", UUID.randomUUID() + "-")
			.param("buyer", buyer)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("feedback", feedback)
			.param("dispute", dispute)
			.param("late", late)
			.param("cancelled", cancelled)
			.param("count", count)
			.update();
	}

	void positives(UUID merchant, int count, Instant at) {
		facts(merchant, count, at, 1, null, false, false, false);
	}

	/** Starts a run of the month (a rerun if it was graded) and waits for it to end. */
	GradingRun grade(GradingRuns runs, YearMonth month) {
		boolean graded = runs.latestDone(month).isPresent();
		GradingRun run = runs.start(month, graded, null, "test");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> runs.find(run.runId()).orElseThrow().status() != GradingRun.Status.RUNNING);
		GradingRun done = runs.find(run.runId()).orElseThrow();
		assertThat(done.status()).isEqualTo(GradingRun.Status.DONE);
		return done;
	}

	/**
	 * The grade columns of the month, every merchant, as one text: what a rerun must
	 * reproduce.
	 */
	String digest(YearMonth month) {
		return this.jdbc.sql("SELECT md5(coalesce(string_agg(concat_ws('|', merchant_id, month, bucket, rule_version, "
				+ "credit_points, level, previous_level, assessed_orders, bad_orders, bad_order_rate, "
				+ "service_level, in_grace, first_order_at, exposure_weight, weight_changed, store_opened_at), E'\\n' "
				+ "ORDER BY merchant_id), '')) FROM merchant_grade WHERE month = :month")
			.param("month", month.atDay(1))
			.query(String.class)
			.single();
	}

	/** An instant in the month, in the grading zone (Asia/Shanghai). */
	static Instant in(YearMonth month, int day) {
		return month.atDay(day).atTime(12, 0).toInstant(ZoneOffset.ofHours(8));
	}

	static Instant daysBeforeEnd(YearMonth month, int days) {
		return month.plusMonths(1)
			.atDay(1)
			.atStartOfDay()
			.toInstant(ZoneOffset.ofHours(8))
			.minus(Duration.ofDays(days));
	}

}
