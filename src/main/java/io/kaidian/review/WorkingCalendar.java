package io.kaidian.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

import io.kaidian.platform.cache.Refreshed;

/**
 * The working-day calendar review deadlines are counted on ({@link #dueBy}; R-ID-5,
 * R-APP-5, R-APP-6), its exceptions read from the database and kept in memory. See
 * docs/guide/review-calendar.md and docs/adr/0008-working-day-sla.md.
 */
public class WorkingCalendar {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	/** How far to look for a working day before the calendar is declared broken. */
	private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

	private final CalendarSource source;

	private final ZoneId zone;

	private final Clock clock;

	private final Refreshed<Snapshot> snapshot;

	WorkingCalendar(CalendarSource source, ZoneId zone, Duration refreshInterval, Clock clock) {
		this.source = source;
		this.zone = zone;
		this.clock = clock;
		this.snapshot = new Refreshed<>(refreshInterval, clock, this::refresh);
	}

	/**
	 * A calendar over a fixed set of exceptions, without Spring or a database: for tests,
	 * tools and benchmarks. It counts exactly as the service's own calendar does.
	 * @param zone where days start and end
	 * @param exceptions the holidays (Monday to Friday) and make-up working days
	 * (weekends)
	 */
	public static WorkingCalendar of(ZoneId zone, Map<LocalDate, CalendarDay.Kind> exceptions) {
		WorkingCalendar calendar = new WorkingCalendar(new CalendarSource.Fixed(exceptions), zone, Duration.ofDays(1),
				Clock.systemUTC());
		calendar.reload();
		return calendar;
	}

	/** The marketplace's time zone, in which days start and end. */
	public ZoneId zone() {
		return this.zone;
	}

	/** Whether reviewers work on that day. */
	public boolean isWorkingDay(LocalDate date) {
		return this.snapshot.get().isWorkingDay(date);
	}

	/** The first working day after {@code date} (not {@code date} itself). */
	public LocalDate nextWorkingDay(LocalDate date) {
		return this.snapshot.get().nextWorkingDay(date);
	}

	/**
	 * The day {@code days} working days after {@code date}: {@code date} itself for 0,
	 * the next working day for 1. {@code date} need not be a working day.
	 * @throws IllegalArgumentException when {@code days} is negative
	 */
	public LocalDate plusWorkingDays(LocalDate date, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Working days to add must not be negative: " + days);
		}
		Snapshot calendar = this.snapshot.get();
		LocalDate result = date;
		for (int i = 0; i < days; i++) {
			result = calendar.nextWorkingDay(result);
		}
		return result;
	}

	/**
	 * When a case submitted at {@code submittedAt} is due under {@code target}: the
	 * instant its working time runs out (see the class comment).
	 */
	public Instant dueBy(Instant submittedAt, ReviewTarget target) {
		Snapshot calendar = this.snapshot.get();
		Duration remaining = target.workingTime();
		LocalDateTime position = LocalDateTime.ofInstant(submittedAt, this.zone);
		if (!calendar.isWorkingDay(position.toLocalDate())) {
			position = calendar.nextWorkingDay(position.toLocalDate()).atStartOfDay();
		}
		while (true) {
			LocalDateTime endOfDay = position.toLocalDate().plusDays(1).atStartOfDay();
			Duration available = Duration.between(position, endOfDay);
			if (remaining.compareTo(available) <= 0) {
				return position.plus(remaining).atZone(this.zone).toInstant();
			}
			remaining = remaining.minus(available);
			position = calendar.nextWorkingDay(position.toLocalDate()).atStartOfDay();
		}
	}

	/**
	 * The day a deadline falls on, as a seller reads it: a deadline at 00:00 belongs to
	 * the day it ends, so a case due at the end of Friday is due on Friday, not Saturday.
	 */
	public LocalDate deadlineDay(Instant dueBy) {
		return LocalDateTime.ofInstant(dueBy.minusNanos(1), this.zone).toLocalDate();
	}

	/** The day {@link #dueBy} falls on ({@link #deadlineDay}). */
	public LocalDate dueDate(Instant submittedAt, ReviewTarget target) {
		return deadlineDay(dueBy(submittedAt, target));
	}

	/**
	 * Re-reads the calendar now: at start-up and after a change made through this
	 * instance.
	 */
	void reload() {
		this.snapshot.reload();
	}

	private Snapshot refresh(@Nullable Snapshot current) {
		try {
			return load();
		}
		catch (DataAccessException ex) {
			if (current == null) {
				throw ex;
			}
			log.warn("Could not re-read the working-day calendar; keeping the one read at {}", current.loadedAt(), ex);
			return current;
		}
	}

	private Snapshot load() {
		Map<LocalDate, CalendarDay.Kind> exceptions = this.source.exceptions();
		log.debug("Working-day calendar read: {} exceptions", exceptions.size());
		return new Snapshot(Map.copyOf(exceptions), this.clock.instant());
	}

	/**
	 * The calendar in use.
	 *
	 * @param exceptions holidays and make-up working days by date
	 * @param loadedAt when they were read
	 */
	private record Snapshot(Map<LocalDate, CalendarDay.Kind> exceptions, Instant loadedAt) {

		boolean isWorkingDay(LocalDate date) {
			CalendarDay.Kind kind = this.exceptions.get(date);
			if (kind != null) {
				return kind == CalendarDay.Kind.WORKING_DAY;
			}
			return !CalendarDay.isWeekend(date);
		}

		LocalDate nextWorkingDay(LocalDate date) {
			LocalDate next = date.plusDays(1);
			for (int i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++, next = next.plusDays(1)) {
				if (isWorkingDay(next)) {
					return next;
				}
			}
			throw new IllegalStateException("The working-day calendar has no working day in the year after " + date);
		}

	}

}
