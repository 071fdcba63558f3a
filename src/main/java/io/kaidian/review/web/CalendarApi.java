package io.kaidian.review.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.ApiTags;
import io.kaidian.review.CalendarDay;
import io.kaidian.review.CalendarMaintenance;

/**
 * {@code /api/v1/admin/calendar}: operators keep the working-day calendar review
 * deadlines are counted on (R-ID-5, R-APP-5, R-APP-6; role OPERATOR, as every
 * {@code /api/v1/admin/**} path). Only exceptions to the normal week are listed.
 */
@RestController
@Tag(name = ApiTags.REVIEW)
@RequestMapping("/api/v1/admin/calendar")
class CalendarApi {

	private final CalendarMaintenance maintenance;

	CalendarApi(CalendarMaintenance maintenance) {
		this.maintenance = maintenance;
	}

	/**
	 * {@code ?year=2026}: the holidays and make-up working days of that year; all
	 * without.
	 */
	@GetMapping
	List<CalendarDay> days(@RequestParam(required = false) @Nullable Integer year) {
		return this.maintenance.days(year);
	}

	/** Sets a day ({@code yyyy-MM-dd}) to a holiday or a make-up working day. */
	@PutMapping("/days/{date}")
	CalendarDay put(@PathVariable String date, @RequestBody DayRequest request,
			@AuthenticationPrincipal KaidianUser operator) {
		return this.maintenance.put(date,
				new CalendarMaintenance.DayChange(request.kind(), request.nameEn(), request.nameZh()),
				operator.accountId());
	}

	/** Makes a day what its day of the week says again. */
	@DeleteMapping("/days/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String date) {
		this.maintenance.remove(date);
	}

	/**
	 * @param kind {@code HOLIDAY} (a Monday to Friday off) or {@code WORKING_DAY} (a
	 * Saturday or Sunday worked)
	 * @param nameEn what it is, in English
	 * @param nameZh what it is, in Chinese
	 */
	record DayRequest(@Nullable String kind, @Nullable String nameEn, @Nullable String nameZh) {
	}

}
