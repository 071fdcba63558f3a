package io.kaidian.grading;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes a run: takes its lease (so one executor works on it at a time, whichever
 * instance), then grades bucket after bucket, each in its own transaction that first
 * records the bucket as done. A run killed midway is taken up again (by the scheduler's
 * dead-execution revival, or a later request) once its lease has lapsed, and resumes
 * after the buckets it finished; a bucket is never graded twice by one run, and a bucket
 * half done was rolled back whole (docs/adr/0028-grading-runs.md).
 */
@Component
public class GradingRunner {

	private static final Logger log = LoggerFactory.getLogger(GradingRunner.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final BucketGrading buckets;

	private final GradingRuns runs;

	private final RuleVersions rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GradingProperties properties;

	private final ObjectProvider<SchedulerClient> scheduler;

	GradingRunner(JdbcClient jdbc, TransactionTemplate transactions, BucketGrading buckets, GradingRuns runs,
			RuleVersions rules, ApplicationEventPublisher events, Clock clock, GradingProperties properties,
			ObjectProvider<SchedulerClient> scheduler) {
		this.scheduler = scheduler;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.buckets = buckets;
		this.runs = runs;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Executes the run to its end, unless another executor holds it or it has ended.
	 * Called by the scheduler's task; public for tools that run without the scheduler
	 * (the benchmark).
	 */
	public void execute(UUID runId) {
		if (!claim(runId)) {
			log.info("Grading run {} is held by another executor or over; not executed here", runId);
			return;
		}
		try {
			while (step(runId)) {
				renew(runId);
			}
			finish(runId);
		}
		catch (RuntimeException ex) {
			fail(runId, ex);
			throw ex;
		}
	}

	/**
	 * Takes the run's lease: only while it is running and nobody holds it (or the
	 * holder's lease lapsed, as when its instance died).
	 */
	boolean claim(UUID runId) {
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		return this.jdbc
			.sql("UPDATE grading_run SET leased_until = :until, executions = executions + 1 WHERE id = :id "
					+ "AND status = 'RUNNING' AND (leased_until IS NULL OR leased_until < :now)")
			.param("until", now.plus(this.properties.lease()))
			.param("now", now)
			.param("id", runId)
			.update() == 1;
	}

	/**
	 * Grades the next bucket the run has not finished; {@code false} when none is left.
	 * The bucket's row is written first: a second executor on the same bucket waits for
	 * the first one's transaction and then finds the bucket done.
	 */
	boolean step(UUID runId) {
		GradingRun run = this.runs.find(runId).orElseThrow();
		RuleVersion version = this.rules.find(run.ruleVersion()).orElseThrow();
		Optional<Integer> next = this.jdbc
			.sql("SELECT b FROM generate_series(0, :last) b WHERE NOT EXISTS (SELECT 1 FROM grading_run_bucket "
					+ "WHERE run_id = :id AND bucket = b) ORDER BY b LIMIT 1")
			.param("last", Buckets.COUNT - 1)
			.param("id", runId)
			.query(Integer.class)
			.optional();
		if (next.isEmpty()) {
			return false;
		}
		int bucket = next.get();
		this.transactions.executeWithoutResult((tx) -> {
			int taken = this.jdbc
				.sql("INSERT INTO grading_run_bucket (run_id, bucket, merchants) VALUES (:id, :bucket, 0) "
						+ "ON CONFLICT DO NOTHING")
				.param("id", runId)
				.param("bucket", bucket)
				.update();
			if (taken == 1) {
				int merchants = this.buckets.grade(runId, run.month(), version, bucket);
				this.jdbc.sql("UPDATE grading_run_bucket SET merchants = :merchants WHERE run_id = :id AND bucket = :b")
					.param("merchants", merchants)
					.param("id", runId)
					.param("b", bucket)
					.update();
				this.jdbc
					.sql("UPDATE grading_run SET merchants = (SELECT coalesce(sum(merchants), 0) FROM "
							+ "grading_run_bucket WHERE run_id = :id) WHERE id = :id")
					.param("id", runId)
					.update();
			}
		});
		return true;
	}

	private void renew(UUID runId) {
		this.jdbc.sql("UPDATE grading_run SET leased_until = :until WHERE id = :id AND status = 'RUNNING'")
			.param("until", this.clock.instant().plus(this.properties.lease()).atOffset(ZoneOffset.UTC))
			.param("id", runId)
			.update();
	}

	/**
	 * Publishes the month: the run is done, one {@link MonthGraded} is published, and the
	 * first publication (a rerun reproduces, it does not announce again) schedules the
	 * mailing of the level changes (R-GRADE-2) in the same transaction: the scheduler's
	 * data source takes part in it, so the month is never done without its mailing.
	 */
	private void finish(UUID runId) {
		this.transactions.executeWithoutResult((tx) -> {
			int done = this.jdbc
				.sql("UPDATE grading_run SET status = 'DONE', finished_at = :at, leased_until = NULL "
						+ "WHERE id = :id AND status = 'RUNNING'")
				.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
				.param("id", runId)
				.update();
			GradingRun run = this.runs.find(runId).orElseThrow();
			if (done == 1) {
				this.events
					.publishEvent(new MonthGraded(runId, run.month(), run.ruleVersion(), run.merchants(), run.rerun()));
				if (!run.rerun()) {
					scheduleMailing(runId);
				}
			}
			log.info("Grading run {} of {} done: {} merchants, rules v{} (R-GRADE)", runId, run.month(),
					run.merchants(), run.ruleVersion());
		});
	}

	private void scheduleMailing(UUID runId) {
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (client == null) {
			log.warn("No scheduler (db-scheduler.enabled=false): level changes of run {} wait for a mailer", runId);
			return;
		}
		client.scheduleIfNotExists(new TaskInstance<>(GradingJobs.MAIL_TASK, runId.toString()), Instant.EPOCH);
	}

	private void fail(UUID runId, RuntimeException ex) {
		log.error("Grading run {} failed (R-GRADE)", runId, ex);
		this.jdbc
			.sql("UPDATE grading_run SET status = 'FAILED', finished_at = :at, error = :error, leased_until = NULL "
					+ "WHERE id = :id AND status = 'RUNNING'")
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("error", String.valueOf(ex.getMessage()))
			.param("id", runId)
			.update();
	}

}
