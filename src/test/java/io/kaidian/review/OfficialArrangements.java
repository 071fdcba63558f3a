package io.kaidian.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.kaidian.review.CalendarDay.Kind.HOLIDAY;
import static io.kaidian.review.CalendarDay.Kind.WORKING_DAY;

/**
 * The State Council General Office's arrangement of the 2026 public holidays
 * (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04), as exceptions to the normal week: every
 * Monday-to-Friday day off and every weekend day worked. Written out by hand from the
 * notice, independently of the migration that seeds it.
 */
final class OfficialArrangements {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** 2026, day by day. */
	static final Map<LocalDate, CalendarDay.Kind> YEAR_2026 = year2026();

	private OfficialArrangements() {
	}

	/** A calendar of the 2026 arrangement, in the marketplace's time zone. */
	static WorkingCalendar calendar2026() {
		return WorkingCalendar.of(SHANGHAI, YEAR_2026);
	}

	private static Map<LocalDate, CalendarDay.Kind> year2026() {
		Map<LocalDate, CalendarDay.Kind> days = new LinkedHashMap<>();
		// 元旦: 1月1日(周四)至3日(周六)放假调休; 1月4日(周日)上班
		days.put(LocalDate.of(2026, 1, 1), HOLIDAY);
		days.put(LocalDate.of(2026, 1, 2), HOLIDAY);
		days.put(LocalDate.of(2026, 1, 4), WORKING_DAY);
		// 春节: 2月15日(周日)至23日(周一)放假调休; 2月14日(周六)、2月28日(周六)上班
		days.put(LocalDate.of(2026, 2, 14), WORKING_DAY);
		days.put(LocalDate.of(2026, 2, 16), HOLIDAY);
		days.put(LocalDate.of(2026, 2, 17), HOLIDAY);
		days.put(LocalDate.of(2026, 2, 18), HOLIDAY);
		days.put(LocalDate.of(2026, 2, 19), HOLIDAY);
		days.put(LocalDate.of(2026, 2, 20), HOLIDAY);
		days.put(LocalDate.of(2026, 2, 23), HOLIDAY);
		days.put(LocalDate.of(2026, 2, 28), WORKING_DAY);
		// 清明节: 4月4日(周六)至6日(周一)放假
		days.put(LocalDate.of(2026, 4, 6), HOLIDAY);
		// 劳动节: 5月1日(周五)至5日(周二)放假调休; 5月9日(周六)上班
		days.put(LocalDate.of(2026, 5, 1), HOLIDAY);
		days.put(LocalDate.of(2026, 5, 4), HOLIDAY);
		days.put(LocalDate.of(2026, 5, 5), HOLIDAY);
		days.put(LocalDate.of(2026, 5, 9), WORKING_DAY);
		// 端午节: 6月19日(周五)至21日(周日)放假
		days.put(LocalDate.of(2026, 6, 19), HOLIDAY);
		// 中秋节: 9月25日(周五)至27日(周日)放假
		days.put(LocalDate.of(2026, 9, 25), HOLIDAY);
		// 国庆节: 10月1日(周四)至7日(周三)放假调休; 9月20日(周日)、10月10日(周六)上班
		days.put(LocalDate.of(2026, 9, 20), WORKING_DAY);
		days.put(LocalDate.of(2026, 10, 1), HOLIDAY);
		days.put(LocalDate.of(2026, 10, 2), HOLIDAY);
		days.put(LocalDate.of(2026, 10, 5), HOLIDAY);
		days.put(LocalDate.of(2026, 10, 6), HOLIDAY);
		days.put(LocalDate.of(2026, 10, 7), HOLIDAY);
		days.put(LocalDate.of(2026, 10, 10), WORKING_DAY);
		return Map.copyOf(days);
	}

}
