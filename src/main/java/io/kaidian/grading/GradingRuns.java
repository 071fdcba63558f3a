package io.kaidian.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.platform.rules.RuleViolationException;

/**
 * Starts and reports monthly runs ({@code grading_run}). A run is started for a month
 * that is over, once: the same month again is refused unless a rerun is asked for. At
 * most one run of a month is running, whichever instance asked (a unique index). The work
 * itself is a db-scheduler task, {@link GradingJobs#RUN_TASK}, executed once across
 * instances by {@link GradingRunner}.
 */
@Service
public class GradingRuns {

	private static final Logger log = LoggerFactory.getLogger(GradingRuns.class);

	static final String COLUMNS = "id, month, rule_version, rerun, status, merchants, requested_by, started_at, "
			+ "finished_at, executions";

	private final JdbcClient jdbc;

	private final RuleVersions rules;

	private final GradingCalendar calendar;

	private final Clock clock;

	private final ObjectProvider<SchedulerClient> scheduler;

	GradingRuns(JdbcClient jdbc, RuleVersions rules, GradingCalendar calendar, Clock clock,
			ObjectProvider<SchedulerClient> scheduler) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.calendar = calendar;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	/**
	 * Starts grading a month, to be executed at once by the scheduler.
	 * @param month a month that is over
	 * @param rerun whether to replace a published month
	 * @param ruleVersion the rules to apply; by default the current rules, or for a rerun
	 * the rules the month was published with
	 * @param by who asks
	 */
	public GradingRun start(YearMonth month, boolean rerun, @Nullable Integer ruleVersion, String by) {
		if (this.calendar.end(month).isAfter(this.clock.instant())) {
			throw new ConflictException("MONTH_NOT_OVER");
		}
		Optional<GradingRun> published = latestDone(month);
		if (published.isPresent() && !rerun) {
			throw new ConflictException("MONTH_ALREADY_GRADED");
		}
		int version = ruleVersion != null ? ruleVersion
				: published.map(GradingRun::ruleVersion).orElseGet(() -> this.rules.current().version());
		if (this.rules.find(version).isEmpty()) {
			throw RuleViolationException.of("ruleVersion", "RULE_VERSION_UNKNOWN");
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("INSERT INTO grading_run (id, month, rule_version, rerun, status, requested_by, started_at) "
						+ "VALUES (:id, :month, :version, :rerun, 'RUNNING', :by, :at)")
				.param("id", id)
				.param("month", month.atDay(1))
				.param("version", version)
				.param("rerun", published.isPresent())
				.param("by", by)
				.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("RUN_IN_PROGRESS");
		}
		// due at once, whatever the service's clock says: the scheduler runs on its own
		// (the scheduler is looked up late: its tasks need the runner, which needs us)
		SchedulerClient client = this.scheduler.getIfAvailable();
		if (client != null) {
			client.scheduleIfNotExists(new TaskInstance<>(GradingJobs.RUN_TASK, id.toString()), Instant.EPOCH);
		}
		else {
			log.warn("No scheduler (db-scheduler.enabled=false): run {} waits for an executor", id);
		}
		log.info("Grading run {} of {} started by {} with rules v{} (R-GRADE)", id, month, by, version);
		return find(id).orElseThrow();
	}

	/**
	 * The monthly schedule: starts the last month's run once it is over by the configured
	 * delay and has neither been published nor started. Returns the run started, if any.
	 */
	public Optional<GradingRun> startDue() {
		YearMonth last = this.calendar.lastDueMonth();
		boolean taken = this.jdbc.sql("SELECT count(*) FROM grading_run WHERE month = :month AND status <> 'FAILED'")
			.param("month", last.atDay(1))
			.query(Long.class)
			.single() > 0;
		if (taken) {
			return Optional.empty();
		}
		try {
			return Optional.of(start(last, false, null, "monthly schedule"));
		}
		catch (ConflictException ex) {
			return Optional.empty();
		}
	}

	public Optional<GradingRun> find(UUID runId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM grading_run WHERE id = :id")
			.param("id", runId)
			.query(GradingRuns::map)
			.optional();
	}

	/** The newest runs first. */
	public List<GradingRun> recent(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM grading_run ORDER BY started_at DESC, id LIMIT :limit")
			.param("limit", limit)
			.query(GradingRuns::map)
			.list();
	}

	/** The run that last published the month. */
	public Optional<GradingRun> latestDone(YearMonth month) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM grading_run WHERE month = :month AND status = 'DONE' "
					+ "ORDER BY finished_at DESC LIMIT 1")
			.param("month", month.atDay(1))
			.query(GradingRuns::map)
			.optional();
	}

	static GradingRun map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new GradingRun(rs.getObject("id", UUID.class), YearMonth.from(rs.getObject("month", LocalDate.class)),
				rs.getInt("rule_version"), rs.getBoolean("rerun"), GradingRun.Status.valueOf(rs.getString("status")),
				rs.getLong("merchants"), rs.getString("requested_by"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished != null ? finished.toInstant() : null, rs.getInt("executions"));
	}

}
