package io.kaidian.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-APP-6: working days follow the operator's holiday calendar. Operators read and edit
 * it through {@code /api/v1/admin/calendar}; deadlines follow without a restart. The days
 * edited here are in 2031, far from any seeded year and from other tests' cases.
 */
class CalendarApiTests extends IntegrationTest {

	static final String CALENDAR = "/api/v1/admin/calendar";

	/** Wednesday 5 March 2031. */
	static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 5);

	/** Saturday 8 March 2031. */
	static final LocalDate SATURDAY = LocalDate.of(2031, 3, 8);

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	ReviewTargets targets;

	@Autowired
	CalendarDays days;

	@Autowired
	ReviewCalendarProperties properties;

	private StaffFixtures staff;

	private String operator;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
		this.operator = this.staff.operatorToken();
	}

	@AfterEach
	void cleanUp() {
		this.api.delete(CALENDAR + "/days/" + WEDNESDAY).token(this.operator).send();
		this.api.delete(CALENDAR + "/days/" + SATURDAY).token(this.operator).send();
	}

	@Test
	void R_ID_5_R_APP_5_R_APP_6_theTargetsAreConfigured() {
		assertThat(this.targets.identity()).isEqualTo(ReviewTarget.workingHours(48));
		assertThat(this.targets.application()).isEqualTo(ReviewTarget.workingDays(10));
		assertThat(this.targets.brand()).isEqualTo(ReviewTarget.workingDays(7));
		assertThat(this.calendar.zone().getId()).isEqualTo("Asia/Shanghai");
	}

	@Test
	void operatorListsTheExceptionsOfAYear() {
		Api.Reply reply = this.api.get(CALENDAR + "?year=2026").token(this.operator).send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode days = reply.json();
		assertThat(days.size()).isEqualTo(OfficialArrangements.YEAR_2026.size());
		JsonNode first = days.get(0);
		assertThat(first.get("date").asString()).isEqualTo("2026-01-01");
		assertThat(first.get("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(first.get("nameEn").asString()).isEqualTo("New Year's Day");
		assertThat(first.get("nameZh").asString()).isEqualTo("元旦");
		assertThat(first.get("provisional").asBoolean()).isFalse();
		assertThat(days.valueStream().map((day) -> day.get("date").asString())).allMatch((d) -> d.startsWith("2026-"));
	}

	@Test
	void R_APP_6_aHolidayAnOperatorAddsMovesDeadlinesAtOnceAndBackWhenRemoved() {
		Instant submitted = Instant.parse("2031-03-04T02:00:00Z"); // Tuesday 10:00 in
																	// Shanghai
		ReviewTarget identity = this.targets.identity();
		assertThat(this.calendar.dueBy(submitted, identity)).isEqualTo(Instant.parse("2031-03-06T02:00:00Z"));

		Api.Reply put = this.api
			.put(CALENDAR + "/days/" + WEDNESDAY,
					Map.of("kind", "HOLIDAY", "nameEn", "Review desk closed", "nameZh", "审核暂停"))
			.token(this.operator)
			.send();

		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(put.json().get("date").asString()).isEqualTo("2031-03-05");
		assertThat(put.json().get("kind").asString()).isEqualTo("HOLIDAY");
		assertThat(put.json().get("updatedBy").asString()).isNotBlank();
		assertThat(put.json().get("provisional").asBoolean()).isFalse();
		assertThat(this.calendar.isWorkingDay(WEDNESDAY)).isFalse();
		assertThat(this.calendar.dueBy(submitted, identity)).isEqualTo(Instant.parse("2031-03-07T02:00:00Z"));
		assertThat(this.api.get(CALENDAR + "?year=2031").token(this.operator).send().text())
			.contains("Review desk closed");

		Api.Reply deleted = this.api.delete(CALENDAR + "/days/" + WEDNESDAY).token(this.operator).send();

		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		assertThat(this.calendar.dueBy(submitted, identity)).isEqualTo(Instant.parse("2031-03-06T02:00:00Z"));
		assertThat(this.api.delete(CALENDAR + "/days/" + WEDNESDAY).token(this.operator).send().status())
			.isEqualTo(404);
	}

	@Test
	void R_APP_6_aMakeUpSaturdayCountsOnceSetAndCanBeRenamed() {
		Instant friday = Instant.parse("2031-03-07T02:00:00Z"); // Friday 10:00 in
																// Shanghai
		assertThat(this.calendar.dueBy(friday, ReviewTarget.workingHours(24)))
			.isEqualTo(Instant.parse("2031-03-10T02:00:00Z"));

		Api.Reply put = put(SATURDAY, "WORKING_DAY", "Make-up day", "调休上班");
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(this.calendar.dueBy(friday, ReviewTarget.workingHours(24)))
			.isEqualTo(Instant.parse("2031-03-08T02:00:00Z"));

		Api.Reply renamed = put(SATURDAY, "working_day", "Make-up working day", "补班");
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(this.api.get(CALENDAR + "?year=2031").token(this.operator).send().json()).singleElement()
			.satisfies((day) -> assertThat(day.get("nameZh").asString()).isEqualTo("补班"));
	}

	@Test
	void R_APP_6_anotherInstanceSeesAChangeAfterTheRefreshInterval() {
		WorkingCalendar otherInstance = new WorkingCalendar(this.days, this.properties.zone(),
				this.properties.refreshInterval(), this.clock);
		assertThat(otherInstance.isWorkingDay(WEDNESDAY)).isTrue();

		assertThat(put(WEDNESDAY, "HOLIDAY", "Closed", "休息").status()).isEqualTo(200);

		assertThat(this.calendar.isWorkingDay(WEDNESDAY)).as("this instance").isFalse();
		this.clock.add(this.properties.refreshInterval().minusSeconds(1));
		assertThat(otherInstance.isWorkingDay(WEDNESDAY)).as("before the interval").isTrue();
		this.clock.add(Duration.ofSeconds(1));
		assertThat(otherInstance.isWorkingDay(WEDNESDAY)).as("after the interval").isFalse();
	}

	@Test
	void aHolidayOnAWeekendOrAWorkingDayOnAWeekdayIsRefused() {
		Api.Reply holiday = put(SATURDAY, "HOLIDAY", "Closed", "休息");

		assertThat(holiday.status()).as(holiday.toString()).isEqualTo(422);
		assertThat(holiday.json().get("code").asString()).isEqualTo("CALENDAR_HOLIDAY_ON_WEEKEND");
		assertThat(holiday.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

		Api.Reply working = put(WEDNESDAY, "WORKING_DAY", "Make-up day", "调休上班");

		assertThat(working.status()).as(working.toString()).isEqualTo(422);
		assertThat(working.json().get("code").asString()).isEqualTo("CALENDAR_WORKING_DAY_ON_WEEKDAY");
		assertThat(this.calendar.isWorkingDay(SATURDAY)).isFalse();
		assertThat(this.calendar.isWorkingDay(WEDNESDAY)).isTrue();
	}

	@Test
	void badInputIsRefusedWithTheFieldsToFix() {
		Api.Reply badDate = this.api.put(CALENDAR + "/days/2031-02-30", body("HOLIDAY", "Closed", "休息"))
			.token(this.operator)
			.send();
		assertThat(badDate.status()).as(badDate.toString()).isEqualTo(422);
		assertThat(badDate.json().get("code").asString()).isEqualTo("CALENDAR_DATE_INVALID");

		Map<String, Object> incomplete = new HashMap<>();
		incomplete.put("kind", "DAY_OFF");
		incomplete.put("nameZh", "休息");
		Api.Reply bad = this.api.put(CALENDAR + "/days/" + WEDNESDAY, incomplete).token(this.operator).send();
		assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
		assertThat(bad.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(bad.json()
			.get("errors")
			.valueStream()
			.map((e) -> e.get("field").asString() + ":" + e.get("code").asString()))
			.containsExactlyInAnyOrder("kind:CALENDAR_KIND_INVALID", "nameEn:REQUIRED");

		assertThat(put(WEDNESDAY, "HOLIDAY", "x".repeat(101), "休息").status()).isEqualTo(422);
		assertThat(this.api.delete(CALENDAR + "/days/not-a-date").token(this.operator).send().status()).isEqualTo(422);
		assertThat(this.calendar.isWorkingDay(WEDNESDAY)).isTrue();
	}

	@Test
	void reviewersMayNotEditTheCalendar() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		assertThat(this.api.get(CALENDAR + "?year=2026").token(reviewer).send().status()).isEqualTo(403);
		assertThat(this.api.put(CALENDAR + "/days/" + WEDNESDAY, body("HOLIDAY", "Closed", "休息"))
			.token(reviewer)
			.send()
			.status()).isEqualTo(403);
		assertThat(this.api.delete(CALENDAR + "/days/2026-10-01").token(reviewer).send().status()).isEqualTo(403);
		assertThat(this.api.get(CALENDAR).send().status()).isEqualTo(401);
		assertThat(this.calendar.isWorkingDay(WEDNESDAY)).isTrue();
	}

	private Api.Reply put(LocalDate date, String kind, String nameEn, String nameZh) {
		return this.api.put(CALENDAR + "/days/" + date, body(kind, nameEn, nameZh)).token(this.operator).send();
	}

	private static Map<String, Object> body(String kind, String nameEn, String nameZh) {
		return Map.of("kind", kind, "nameEn", nameEn, "nameZh", nameZh);
	}

}
