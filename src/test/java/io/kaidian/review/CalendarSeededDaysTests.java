package io.kaidian.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.support.IntegrationTest;

import static io.kaidian.review.CalendarDay.Kind.HOLIDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-APP-6: the calendar starts with the State Council's arrangement of 2026, exactly;
 * and, marked provisional, the 2027 statutory holidays the law fixes on weekdays.
 */
class CalendarSeededDaysTests extends IntegrationTest {

	@Autowired
	CalendarMaintenance maintenance;

	@Test
	void R_APP_6_the2026DaysAreTheStateCouncilsArrangement() {
		List<CalendarDay> seeded = this.maintenance.days(2026)
			.stream()
			.filter((day) -> day.updatedBy() == null)
			.toList();

		Map<LocalDate, CalendarDay.Kind> kinds = new LinkedHashMap<>();
		seeded.forEach((day) -> kinds.put(day.date(), day.kind()));
		assertThat(kinds).containsExactlyInAnyOrderEntriesOf(OfficialArrangements.YEAR_2026);
		assertThat(seeded).noneMatch(CalendarDay::provisional);
		assertThat(seeded).allSatisfy((day) -> {
			assertThat(day.nameEn()).isNotBlank();
			assertThat(day.nameZh()).isNotBlank();
		});
		assertThat(seeded).filteredOn((day) -> day.date().equals(LocalDate.of(2026, 10, 10)))
			.singleElement()
			.satisfies((day) -> assertThat(day.nameZh()).isEqualTo("国庆节调休上班"));
	}

	@Test
	void R_APP_6_the2027DaysAreProvisionalUntilTheNoticeIsOut() {
		List<CalendarDay> seeded = this.maintenance.days(2027)
			.stream()
			.filter((day) -> day.updatedBy() == null)
			.toList();

		assertThat(seeded).extracting(CalendarDay::date)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
					LocalDate.of(2027, 4, 5), LocalDate.of(2027, 6, 9), LocalDate.of(2027, 9, 15),
					LocalDate.of(2027, 10, 1));
		assertThat(seeded).allMatch(CalendarDay::provisional).allMatch((day) -> day.kind() == HOLIDAY);
	}

}
