package io.kaidian.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The plain week, targets and their settings. */
class WorkingCalendarTests {

	final WorkingCalendar plainWeek = WorkingCalendar.of(ZoneId.of("Asia/Shanghai"), Map.of());

	@Test
	void withoutExceptionsMondayToFridayAreWorkingDays() {
		LocalDate monday = LocalDate.of(2031, 3, 3);

		assertThat(monday.datesUntil(monday.plusDays(7)).map(this.plainWeek::isWorkingDay)).containsExactly(true, true,
				true, true, true, false, false);
		assertThat(this.plainWeek.plusWorkingDays(monday.plusDays(4), 1)).isEqualTo(monday.plusDays(7));
		assertThat(this.plainWeek.plusWorkingDays(monday.plusDays(5), 1)).isEqualTo(monday.plusDays(7));
		assertThat(this.plainWeek.nextWorkingDay(monday.plusDays(6))).isEqualTo(monday.plusDays(7));
	}

	@Test
	void workingDaysToAddMustNotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.plainWeek.plusWorkingDays(LocalDate.now(), -1));
	}

	@Test
	void targetsArePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewTarget.workingDays(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewTarget.WorkingTime(Duration.ZERO));
		assertThat(ReviewTarget.workingDays(10).workingTime()).isEqualTo(Duration.ofHours(240));
	}

	@Test
	void aPlainNumberIsWorkingDaysAndADurationWorkingTime() {
		assertThat(ReviewCalendarConfiguration.ReviewTargetConverter.parse("10"))
			.isEqualTo(ReviewTarget.workingDays(10));
		assertThat(ReviewCalendarConfiguration.ReviewTargetConverter.parse("48h"))
			.isEqualTo(ReviewTarget.workingHours(48));
		assertThat(ReviewCalendarConfiguration.ReviewTargetConverter.parse("PT36H"))
			.isEqualTo(ReviewTarget.workingHours(36));
	}

}
