package io.kaidian.review;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static io.kaidian.review.SlaAcrossTheNationalDayHolidayWeekTests.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case submitted on a weekend or a holiday starts counting at 00:00 of the next working
 * day; a deadline ending at a working day's end is shown on that day.
 */
class SubmissionsOnDaysOffStartOnTheNextWorkingDayTests {

	final WorkingCalendar calendar = OfficialArrangements.calendar2026();

	@Test
	void R_ID_5_anIdentityCaseSubmittedOnASaturdayIsDueAtTheEndOfTuesday() {
		Instant due = this.calendar.dueBy(at("2026-11-28T14:00"), ReviewTarget.workingHours(48));

		assertThat(due).isEqualTo(at("2026-12-02T00:00"));
		assertThat(this.calendar.deadlineDay(due)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void R_APP_6_anApplicationSubmittedOnTheDragonBoatFestivalCountsFromMonday() {
		// Friday 19 June is the holiday: 22-26 June and 29 June-3 July are the 10 days
		Instant due = this.calendar.dueBy(at("2026-06-19T11:00"), ReviewTarget.workingDays(10));

		assertThat(due).isEqualTo(at("2026-07-04T00:00"));
		assertThat(this.calendar.dueDate(at("2026-06-19T11:00"), ReviewTarget.workingDays(10)))
			.isEqualTo(LocalDate.of(2026, 7, 3));
	}

	@Test
	void R_ID_5_aDeadlineAtAWorkingDaysEndStaysThereWhenAHolidayFollows() {
		// Tuesday 29 September, 00:00 + 48 h: the end of Wednesday 30 September, the eve
		// of
		// the holiday, not the first day back
		Instant due = this.calendar.dueBy(at("2026-09-29T00:00"), ReviewTarget.workingHours(48));

		assertThat(due).isEqualTo(at("2026-10-01T00:00"));
		assertThat(this.calendar.deadlineDay(due)).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void aSundayBeforeAMakeUpSaturdayIsStillOff() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 15))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(this.calendar.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 24));
	}

}
