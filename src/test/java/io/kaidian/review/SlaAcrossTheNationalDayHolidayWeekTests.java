package io.kaidian.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-ID-5: an identity case has 48 hours of working time. Around the 2026 National Day
 * holiday (Thursday 1 to Wednesday 7 October off; Sunday 20 September and Saturday 10
 * October worked) the holiday week does not count and the make-up days do.
 */
class SlaAcrossTheNationalDayHolidayWeekTests {

	static final ReviewTarget IDENTITY = ReviewTarget.workingHours(48);

	final WorkingCalendar calendar = OfficialArrangements.calendar2026();

	@Test
	void R_ID_5_aCaseSubmittedTheDayBeforeTheHolidayIsDueAfterIt() {
		// Wednesday 30 September, 10:00: 14 h that day, 24 h on Thursday 8 October, 10 h
		// on
		// Friday
		Instant due = this.calendar.dueBy(at("2026-09-30T10:00"), IDENTITY);

		assertThat(due).isEqualTo(at("2026-10-09T10:00"));
		assertThat(this.calendar.deadlineDay(due)).isEqualTo(LocalDate.of(2026, 10, 9));
	}

	@Test
	void R_ID_5_aCaseSubmittedTwoDaysBeforeTheHolidayIsDueOnTheFirstDayBack() {
		// Tuesday 29 September, 16:00: 8 h, then 24 h on Wednesday, then 16 h on 8
		// October
		assertThat(this.calendar.dueBy(at("2026-09-29T16:00"), IDENTITY)).isEqualTo(at("2026-10-08T16:00"));
	}

	@Test
	void R_ID_5_aCaseSubmittedDuringTheHolidayWeekCountsFromTheFirstDayBack() {
		for (String submitted : new String[] { "2026-10-01T09:00", "2026-10-03T23:59", "2026-10-07T18:30" }) {
			Instant due = this.calendar.dueBy(at(submitted), IDENTITY);

			// all of Thursday 8 and Friday 9 October: due at the end of Friday
			assertThat(due).as(submitted).isEqualTo(at("2026-10-10T00:00"));
			assertThat(this.calendar.deadlineDay(due)).as(submitted).isEqualTo(LocalDate.of(2026, 10, 9));
		}
	}

	@Test
	void R_ID_5_theMakeUpSundayBeforeTheHolidayCounts() {
		// Friday 18 September, 10:00: 14 h, Saturday off, Sunday 20 worked (24 h), 10 h
		// on
		// Monday
		assertThat(this.calendar.dueBy(at("2026-09-18T10:00"), IDENTITY)).isEqualTo(at("2026-09-21T10:00"));

		Map<LocalDate, CalendarDay.Kind> withoutMakeUpDay = new HashMap<>(OfficialArrangements.YEAR_2026);
		withoutMakeUpDay.remove(LocalDate.of(2026, 9, 20));
		assertThat(WorkingCalendar.of(OfficialArrangements.SHANGHAI, withoutMakeUpDay)
			.dueBy(at("2026-09-18T10:00"), IDENTITY)).isEqualTo(at("2026-09-22T10:00"));
	}

	@Test
	void R_ID_5_aCaseSubmittedOnTheMakeUpSundayStartsAtOnce() {
		assertThat(this.calendar.dueBy(at("2026-09-20T09:00"), IDENTITY)).isEqualTo(at("2026-09-22T09:00"));
	}

	@Test
	void R_ID_5_theMakeUpSaturdayAfterTheHolidayCounts() {
		// Thursday 8 October, 12:00: 12 h, Friday 24 h, 12 h on Saturday 10 October
		assertThat(this.calendar.dueBy(at("2026-10-08T12:00"), IDENTITY)).isEqualTo(at("2026-10-10T12:00"));
	}

	@Test
	void R_ID_5_daysStartAndEndInTheMarketplacesTimeZone() {
		// 17:30 UTC on 30 September is 01:30 on 1 October in Shanghai: already the
		// holiday
		Instant submitted = Instant.parse("2026-09-30T17:30:00Z");

		assertThat(this.calendar.dueBy(submitted, IDENTITY)).isEqualTo(at("2026-10-10T00:00"));
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(OfficialArrangements.SHANGHAI).toInstant();
	}

}
