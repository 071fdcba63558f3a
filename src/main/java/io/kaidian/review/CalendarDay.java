package io.kaidian.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One exception to the normal week (Monday to Friday working, weekends off) in the
 * working-day calendar.
 *
 * @param date the day, in the marketplace's time zone
 * @param kind a weekday off or a weekend day worked
 * @param nameEn what it is, in English
 * @param nameZh what it is, in Chinese
 * @param provisional seeded ahead of the State Council's notice for its year, to be
 * confirmed by an operator; an operator's edit clears it
 * @param updatedBy the operator who last set it; {@code null} when seeded
 * @param updatedAt when it was last set
 */
public record CalendarDay(LocalDate date, Kind kind, String nameEn, String nameZh, boolean provisional,
		@Nullable UUID updatedBy, Instant updatedAt) {

	/** What the day is instead of what its day of the week says. */
	public enum Kind {

		/** A Monday to Friday off: a public holiday or a compensatory day off. */
		HOLIDAY,

		/** A Saturday or Sunday worked to make up for a holiday (调休上班). */
		WORKING_DAY;

		/**
		 * Whether a day of this kind may fall on that date: the other kind is the norm.
		 */
		boolean fits(LocalDate date) {
			return (this == HOLIDAY) != isWeekend(date);
		}

	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
