package io.kaidian.review;

import java.time.LocalDate;
import java.util.Map;

/** Where the working-day calendar reads its exceptions from. */
interface CalendarSource {

	/** Every exception to the normal week, by date. */
	Map<LocalDate, CalendarDay.Kind> exceptions();

	/** A fixed set of exceptions: for tests, tools and benchmarks. */
	record Fixed(Map<LocalDate, CalendarDay.Kind> exceptions) implements CalendarSource {

		public Fixed {
			exceptions = Map.copyOf(exceptions);
		}

	}

}
