package io.kaidian.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import io.kaidian.platform.rules.NotFoundException;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/**
 * Operators keep the working-day calendar: the holidays and make-up working days the
 * State Council announces each year, or any other day the review desk does not (or does)
 * work. A change applies to every deadline computed after it, on this instance at once.
 */
@Service
public class CalendarMaintenance {

	/** The longest name of a day, in characters. */
	static final int MAX_NAME_LENGTH = 100;

	private final CalendarDays days;

	private final WorkingCalendar calendar;

	private final Clock clock;

	CalendarMaintenance(CalendarDays days, WorkingCalendar calendar, Clock clock) {
		this.days = days;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The exceptions of one year, or of all years when {@code year} is {@code null}. */
	public List<CalendarDay> days(@Nullable Integer year) {
		return this.days.find(year);
	}

	/**
	 * Sets a day: a {@code HOLIDAY} on a Monday to Friday or a {@code WORKING_DAY} on a
	 * weekend, replacing what the day was. The day is no longer provisional.
	 * @param date the day, {@code yyyy-MM-dd}
	 * @param change what it becomes
	 * @param operator who sets it
	 */
	public CalendarDay put(String date, DayChange change, UUID operator) {
		LocalDate day = parse(date);
		List<Violation> violations = new ArrayList<>();
		CalendarDay.Kind kind = kind(change.kind());
		if (kind == null) {
			violations.add(Violation.of("kind", "CALENDAR_KIND_INVALID"));
		}
		String nameEn = name("nameEn", change.nameEn(), violations);
		String nameZh = name("nameZh", change.nameZh(), violations);
		if (kind == null || !violations.isEmpty()) {
			throw new RuleViolationException("VALIDATION_FAILED", violations);
		}
		if (!kind.fits(day)) {
			throw RuleViolationException.of("kind", (kind == CalendarDay.Kind.HOLIDAY) ? "CALENDAR_HOLIDAY_ON_WEEKEND"
					: "CALENDAR_WORKING_DAY_ON_WEEKDAY", day.toString());
		}
		CalendarDay result = new CalendarDay(day, kind, nameEn, nameZh, false, operator, this.clock.instant());
		this.days.put(result);
		this.calendar.reload();
		return result;
	}

	/**
	 * Removes a day's exception: it becomes what its day of the week says.
	 * @throws NotFoundException when the day has none
	 */
	public void remove(String date) {
		LocalDate day = parse(date);
		if (!this.days.remove(day)) {
			throw new NotFoundException();
		}
		this.calendar.reload();
	}

	private static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.of("date", "CALENDAR_DATE_INVALID");
		}
	}

	private static CalendarDay.@Nullable Kind kind(@Nullable String kind) {
		if (kind == null) {
			return null;
		}
		try {
			return CalendarDay.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String name(String field, @Nullable String name, List<Violation> violations) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			violations.add(Violation.of(field, "REQUIRED"));
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
			violations.add(Violation.of(field, "LENGTH_INVALID"));
		}
		return trimmed;
	}

	/**
	 * What an operator sets a day to.
	 *
	 * @param kind {@code HOLIDAY} (a weekday off) or {@code WORKING_DAY} (a weekend day
	 * worked)
	 * @param nameEn what it is, in English, e.g. {@code National Day}
	 * @param nameZh what it is, in Chinese, e.g. {@code 国庆节}
	 */
	public record DayChange(@Nullable String kind, @Nullable String nameEn, @Nullable String nameZh) {
	}

}
