package io.kaidian.review;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.kaidian.review.SlaAcrossTheNationalDayHolidayWeekTests.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-APP-6 and R-APP-5: an application has 10 working days, a brand 7, ending at the same
 * time of day that many working days later; make-up Saturdays count, the holidays do not.
 */
class SlaAcrossASpringFestivalAndMakeUpSaturdaysTests {

	static final ReviewTarget APPLICATION = ReviewTarget.workingDays(10);

	static final ReviewTarget BRAND = ReviewTarget.workingDays(7);

	final WorkingCalendar calendar = OfficialArrangements.calendar2026();

	@Test
	void R_APP_6_tenWorkingDaysAcrossAWeekWithAMakeUpSaturdayCountThatSaturday() {
		// Wednesday 6 May 2026, after Labour Day: 7, 8, Saturday 9 (worked), 11-15, 18,
		// 19
		assertThat(this.calendar.dueBy(at("2026-05-06T09:30"), APPLICATION)).isEqualTo(at("2026-05-19T09:30"));

		Map<LocalDate, CalendarDay.Kind> withoutMakeUpDay = new HashMap<>(OfficialArrangements.YEAR_2026);
		withoutMakeUpDay.remove(LocalDate.of(2026, 5, 9));
		assertThat(WorkingCalendar.of(OfficialArrangements.SHANGHAI, withoutMakeUpDay)
			.dueBy(at("2026-05-06T09:30"), APPLICATION)).isEqualTo(at("2026-05-20T09:30"));
	}

	@Test
	void R_APP_6_tenWorkingDaysAcrossTheSpringFestival() {
		// Friday 13 February, 15:00: Saturday 14 (worked) is day 1; 16-23 February off;
		// 24-27 are days 2-5, Saturday 28 (worked) day 6, 2-5 March days 7-10
		assertThat(this.calendar.dueBy(at("2026-02-13T15:00"), APPLICATION)).isEqualTo(at("2026-03-05T15:00"));
	}

	@Test
	void R_APP_5_sevenWorkingDaysForABrandAcrossTheSpringFestival() {
		assertThat(this.calendar.dueBy(at("2026-02-13T15:00"), BRAND)).isEqualTo(at("2026-03-02T15:00"));
	}

	@Test
	void R_APP_6_aWholeNumberOfWorkingDaysIsThatManyTimes24HoursOfWorkingTime() {
		for (String submitted : new String[] { "2026-02-13T15:00", "2026-05-06T09:30", "2026-09-30T00:00",
				"2026-12-31T23:59" }) {
			assertThat(this.calendar.dueBy(at(submitted), APPLICATION)).as(submitted)
				.isEqualTo(this.calendar.dueBy(at(submitted), ReviewTarget.workingHours(240)));
		}
	}

	@Test
	void R_APP_6_plusWorkingDaysSkipsTheHolidaysAndCountsTheMakeUpDays() {
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 15));
	}

}
