package io.kaidian.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.store.StoreOpened;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The grading rules on the real run: points, levels at their thresholds, the service
 * level's minimum, grace period and bad orders counted once (R-GRADE-1, -2, -3, -6).
 */
class GradingRulesTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GradingRuns runs;

	@Autowired
	Grades grades;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	GradingData data;

	@BeforeEach
	void data() {
		this.data = new GradingData(this.jdbc);
	}

	@Test
	void rGrade1OneBuyerTwiceInAMonthCountsOnceButAgainTheNextMonth() {
		YearMonth month = YearMonth.of(2025, 3);
		UUID merchant = this.data.merchant();
		// the same buyer: two positives in February, one in March; another buyer: one
		this.data.facts(merchant, 2, GradingData.in(month.minusMonths(1), 10), 1, "same-buyer", false, false, false);
		this.data.facts(merchant, 1, GradingData.in(month, 10), 1, "same-buyer", false, false, false);
		this.data.facts(merchant, 1, GradingData.in(month, 11), 1, "other-buyer", false, false, false);
		// a buyer who is positive and negative in one month counts 0
		this.data.facts(merchant, 1, GradingData.in(month, 12), 1, "mixed", false, false, false);
		this.data.facts(merchant, 1, GradingData.in(month, 13), -1, "mixed", false, false, false);

		this.data.grade(this.runs, month);

		assertThat(this.grades.of(merchant, month).orElseThrow().creditPoints()).isEqualTo(3);
	}

	@Test
	void rGrade2EveryLevelBeginsExactlyAtItsThreshold() {
		YearMonth month = YearMonth.of(2026, 10);
		int[] thresholds = { 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000 };
		List<UUID> at = new ArrayList<>();
		List<UUID> below = new ArrayList<>();
		for (int threshold : thresholds) {
			UUID exactly = this.data.merchant();
			this.data.positives(exactly, threshold, GradingData.in(month, 5));
			at.add(exactly);
			UUID oneShort = this.data.merchant();
			this.data.positives(oneShort, threshold - 1, GradingData.in(month, 5));
			below.add(oneShort);
		}

		this.data.grade(this.runs, month);

		for (int i = 0; i < thresholds.length; i++) {
			Grade exactly = this.grades.of(at.get(i), month).orElseThrow();
			assertThat(exactly.creditPoints()).isEqualTo(thresholds[i]);
			assertThat(exactly.level()).as("%d points", thresholds[i]).isEqualTo(i + 1);
			assertThat(this.grades.of(below.get(i), month).orElseThrow().level()).as("%d points", thresholds[i] - 1)
				.isEqualTo(i);
		}
	}

	@Test
	void rGrade6TwentyNineAssessedOrdersAreNotYetRatedThirtyAre() {
		YearMonth month = YearMonth.of(2025, 5);
		UUID twentyNine = this.data.merchant();
		this.data.facts(twentyNine, 29, GradingData.in(month, 3), null, null, false, false, false);
		UUID thirty = this.data.merchant();
		this.data.facts(thirty, 30, GradingData.in(month, 3), null, null, false, false, false);

		this.data.grade(this.runs, month);

		assertThat(this.grades.of(twentyNine, month).orElseThrow().serviceLevel()).isEqualTo(ServiceLevel.NOT_RATED);
		assertThat(this.grades.of(twentyNine, month).orElseThrow().exposureWeight()).isEqualByComparingTo("1.0");
		assertThat(this.grades.of(thirty, month).orElseThrow().serviceLevel()).isEqualTo(ServiceLevel.EXCELLENT);
		assertThat(this.grades.of(thirty, month).orElseThrow().exposureWeight()).isEqualByComparingTo("1.3");
	}

	@Test
	void rGrade3AnOrderWithTwoDefectsCountsOnce() {
		YearMonth month = YearMonth.of(2025, 6);
		UUID merchant = this.data.merchant();
		// 38 good orders and 2 orders each both negative and shipped late: 2 of 40 = 5 %
		this.data.facts(merchant, 38, GradingData.in(month, 3), null, null, false, false, false);
		this.data.facts(merchant, 2, GradingData.in(month, 4), -1, null, false, true, false);

		this.data.grade(this.runs, month);

		Grade grade = this.grades.of(merchant, month).orElseThrow();
		assertThat(grade.badOrders()).isEqualTo(2);
		assertThat(grade.badOrderRate()).isEqualByComparingTo("0.05");
		assertThat(grade.serviceLevel()).isEqualTo(ServiceLevel.GOOD);
	}

	@Test
	void rGrade6AStoreOpened89DaysBeforeTheMonthsEndCannotFailOpened91DaysBeforeItCan() {
		YearMonth month = YearMonth.of(2025, 8);
		UUID day89 = this.data.merchant();
		UUID day91 = this.data.merchant();
		// the grace period runs from the opening, whatever the first order: the store
		// opened 91 days before the month's end had its first order on day 89
		opened(day89, GradingData.daysBeforeEnd(month, 89));
		opened(day91, GradingData.daysBeforeEnd(month, 91));
		for (UUID merchant : List.of(day89, day91)) {
			failingOrders(merchant, month, GradingData.daysBeforeEnd(month, merchant.equals(day89) ? 80 : 89));
		}

		this.data.grade(this.runs, month);

		Grade young = this.grades.of(day89, month).orElseThrow();
		assertThat(young.inGrace()).isTrue();
		assertThat(young.storeOpenedAt()).isEqualTo(GradingData.daysBeforeEnd(month, 89));
		assertThat(young.serviceLevel()).isEqualTo(ServiceLevel.PASSING);
		Grade older = this.grades.of(day91, month).orElseThrow();
		assertThat(older.inGrace()).isFalse();
		assertThat(older.serviceLevel()).isEqualTo(ServiceLevel.FAILING);
		assertThat(older.exposureWeight()).isEqualByComparingTo("0.6");
	}

	@Test
	void rGrade6WithoutAnOpeningThroughKaidianTheFirstOrderStartsTheGrace() {
		YearMonth month = YearMonth.of(2025, 7);
		UUID day89 = this.data.merchant();
		UUID day91 = this.data.merchant();
		// opened only after the month's end: the month is graded as it was published
		UUID openedLater = this.data.merchant();
		opened(openedLater, GradingData.in(month.plusMonths(1), 3));
		for (UUID merchant : List.of(day89, day91, openedLater)) {
			failingOrders(merchant, month, GradingData.daysBeforeEnd(month, merchant.equals(day89) ? 89 : 91));
		}

		this.data.grade(this.runs, month);

		Grade young = this.grades.of(day89, month).orElseThrow();
		assertThat(young.inGrace()).isTrue();
		assertThat(young.storeOpenedAt()).isNull();
		assertThat(young.serviceLevel()).isEqualTo(ServiceLevel.PASSING);
		for (UUID older : List.of(day91, openedLater)) {
			Grade grade = this.grades.of(older, month).orElseThrow();
			assertThat(grade.inGrace()).isFalse();
			assertThat(grade.storeOpenedAt()).isNull();
			assertThat(grade.serviceLevel()).isEqualTo(ServiceLevel.FAILING);
		}
	}

	/** The first order at {@code first}, then 30 orders of which 6 bad: 20 % of 31. */
	private void failingOrders(UUID merchant, YearMonth month, Instant first) {
		this.data.facts(merchant, 1, first, null, null, false, false, false);
		this.data.facts(merchant, 24, GradingData.in(month, 10), null, null, false, false, false);
		this.data.facts(merchant, 6, GradingData.in(month, 11), null, null, true, false, false);
	}

	/** The store module's event, as it publishes it, and grading's record of it. */
	private void opened(UUID merchant, Instant at) {
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(new StoreOpened(merchant,
				UUID.randomUUID(), "KDT-" + merchant, "Store", merchant + ".shop.kaidian.test", at)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT opened_at FROM grading_store_opening WHERE merchant_id = :m")
				.param("m", merchant)
				.query(OffsetDateTime.class)
				.optional()
				.map(OffsetDateTime::toInstant), (opened) -> opened.equals(Optional.of(at)));
	}

}
