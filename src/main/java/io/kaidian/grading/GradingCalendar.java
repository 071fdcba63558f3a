package io.kaidian.grading;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Where months begin and end in the grading zone, by the service's clock. */
@Component
class GradingCalendar {

	private final Clock clock;

	private final GradingProperties properties;

	GradingCalendar(Clock clock, GradingProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	/** The first instant after the month. */
	Instant end(YearMonth month) {
		return month.plusMonths(1).atDay(1).atStartOfDay(this.properties.zone()).toInstant();
	}

	/** The last month whose run is due: over, and by the configured delay. */
	YearMonth lastDueMonth() {
		Instant now = this.clock.instant().minus(this.properties.runDelay());
		return YearMonth.from(now.atZone(this.properties.zone())).minusMonths(1);
	}

	ZoneId zone() {
		return this.properties.zone();
	}

	/** The month in progress. */
	YearMonth current() {
		return YearMonth.from(this.clock.instant().atZone(this.properties.zone()));
	}

}
