package io.kaidian.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seller-facing times are in Beijing time and written the reader's language's way, never
 * as an ISO string.
 */
class ReaderTimeTests {

	private final ReaderTime times = new ReaderTime(ZoneId.of("Asia/Shanghai"));

	/** 02:00 UTC is 10:00 in Beijing. */
	private static final Instant MORNING = Instant.parse("2026-12-07T02:00:00Z");

	@Test
	void chineseReadersReadChineseDatesInBeijingTime() {
		assertThat(this.times.dateTime(MORNING, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月7日 10:00");
		assertThat(this.times.date(MORNING, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月7日");
	}

	@Test
	void englishReadersReadEnglishDatesInBeijingTime() {
		assertThat(this.times.dateTime(MORNING, Locale.ENGLISH)).matches("Dec 7, 2026, 10:00\\hAM");
		assertThat(this.times.date(LocalDate.of(2026, 12, 31), Locale.ENGLISH)).isEqualTo("Dec 31, 2026");
	}

	@Test
	void aMomentLateInTheUtcDayIsTheNextDayInBeijing() {
		assertThat(this.times.date(Instant.parse("2026-12-07T17:00:00Z"), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("2026年12月8日");
	}

	@Test
	void staffPagesReadSortableTimesToTheSecondInBeijingTime() {
		assertThat(this.times.sortable(MORNING.plusSeconds(7))).isEqualTo("2026-12-07 10:00:07");
		assertThat(this.times.sortable(null)).isEmpty();
	}

	@Test
	void noMomentNoText() {
		assertThat(this.times.dateTime(null, Locale.ENGLISH)).isNull();
	}

}
