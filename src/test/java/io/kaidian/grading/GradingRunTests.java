package io.kaidian.grading;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.platform.rules.ConflictException;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monthly run: deterministic reruns, a run killed midway and resumed, two instances
 * triggering one month (R-GRADE, PRODUCT.md §4.7 and §5).
 */
class GradingRunTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GradingRuns runs;

	@Autowired
	GradingRunner runner;

	GradingData data;

	@BeforeEach
	void data() {
		this.data = new GradingData(this.jdbc);
	}

	@Test
	void rGradeARerunOnRequestGivesByteIdenticalRows() {
		YearMonth month = YearMonth.of(2025, 9);
		someMerchants(month, 12);
		GradingRun first = this.data.grade(this.runs, month);
		String published = this.data.digest(month);

		assertThatThrownBy(() -> this.runs.start(month, false, null, "test")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("MONTH_ALREADY_GRADED");
		GradingRun rerun = this.data.grade(this.runs, month);

		assertThat(rerun.rerun()).isTrue();
		assertThat(rerun.ruleVersion()).isEqualTo(first.ruleVersion());
		assertThat(this.data.digest(month)).isEqualTo(published);
	}

	@Test
	void rGradeARerunKeepsUnchangedGradesAndDropsAMerchantWhoseFactsLeftTheMonth() {
		YearMonth month = YearMonth.of(2023, 9);
		UUID stays = this.data.merchant();
		UUID leaves = this.data.merchant();
		this.data.positives(stays, 3, GradingData.in(month, 5));
		this.data.positives(leaves, 3, GradingData.in(month, 6));
		GradingRun first = this.data.grade(this.runs, month);
		assertThat(runOf(leaves, month)).contains(first.runId());

		// the order system corrects the completion of the second merchant's orders: after
		// the month
		this.jdbc.sql("UPDATE order_fact SET completed_at = :later WHERE merchant_id = :m")
			.param("later", GradingData.in(month.plusMonths(1), 2).atOffset(ZoneOffset.UTC))
			.param("m", leaves)
			.update();
		GradingRun rerun = this.data.grade(this.runs, month);

		assertThat(runOf(leaves, month)).isEmpty();
		// a grade the rerun reproduced is not written again
		assertThat(runOf(stays, month)).contains(first.runId());
		assertThat(rerun.merchants()).isEqualTo(first.merchants() - 1);
	}

	private Optional<UUID> runOf(UUID merchant, YearMonth month) {
		return this.jdbc.sql("SELECT run_id FROM merchant_grade WHERE merchant_id = :m AND month = :month")
			.param("m", merchant)
			.param("month", month.atDay(1))
			.query(UUID.class)
			.optional();
	}

	@Test
	void rGradeAMonthNotOverIsRefused() {
		YearMonth current = YearMonth.from(now().atZone(ZoneOffset.ofHours(8)));
		assertThatThrownBy(() -> this.runs.start(current, false, null, "test")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("MONTH_NOT_OVER");
	}

	@Test
	void rGradeARunKilledMidwayResumesWithOneResultPerMerchantMonth() {
		YearMonth month = YearMonth.of(2025, 10);
		List<UUID> merchants = someMerchants(month, 40);
		UUID runId = unscheduledRun(month);

		// an executor takes the run, grades three buckets and dies without a word
		assertThat(this.runner.claim(runId)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(this.runner.step(runId)).isTrue();
		}
		// while its lease lasts nobody else takes the run up
		this.runner.execute(runId);
		assertThat(this.runs.find(runId).orElseThrow().status()).isEqualTo(GradingRun.Status.RUNNING);

		// once the lease lapsed another executor resumes after the three buckets
		this.clock.add(Duration.ofMinutes(11));
		this.runner.execute(runId);

		GradingRun run = this.runs.find(runId).orElseThrow();
		assertThat(run.status()).isEqualTo(GradingRun.Status.DONE);
		assertThat(run.executions()).isEqualTo(2);
		assertThat(countFor(month, merchants)).isEqualTo(merchants.size());
		assertThat(this.jdbc.sql("SELECT count(*) - count(DISTINCT merchant_id) FROM merchant_grade WHERE month = :m")
			.param("m", month.atDay(1))
			.query(Long.class)
			.single()).isZero();
		// and the resumed run wrote what an uninterrupted run writes
		String resumed = this.data.digest(month);
		this.data.grade(this.runs, month);
		assertThat(this.data.digest(month)).isEqualTo(resumed);
	}

	@Test
	void rGradeTwoInstancesTriggeringOneRunOnlyOneExecutes() throws Exception {
		YearMonth month = YearMonth.of(2025, 11);
		List<UUID> merchants = someMerchants(month, 10);
		UUID runId = unscheduledRun(month);

		List<Boolean> claimed = both(() -> this.runner.claim(runId));
		assertThat(claimed).containsExactlyInAnyOrder(true, false);
		this.clock.add(Duration.ofMinutes(11));

		both(() -> {
			this.runner.execute(runId);
			return true;
		});
		GradingRun run = this.runs.find(runId).orElseThrow();
		assertThat(run.status()).isEqualTo(GradingRun.Status.DONE);
		// the first claim, then one of the two executors
		assertThat(run.executions()).isEqualTo(2);
		assertThat(countFor(month, merchants)).isEqualTo(merchants.size());
	}

	@Test
	void rGradeTwoRequestsForOneMonthStartOneRun() throws Exception {
		YearMonth month = YearMonth.of(2025, 12);
		someMerchants(month, 3);
		List<Boolean> started = both(() -> {
			try {
				this.runs.start(month, false, null, "test");
				return true;
			}
			catch (ConflictException ex) {
				return false;
			}
		});
		assertThat(started).containsExactlyInAnyOrder(true, false);
		assertThat(this.jdbc.sql("SELECT count(*) FROM grading_run WHERE month = :m")
			.param("m", month.atDay(1))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private List<Boolean> both(Callable<Boolean> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Boolean>> futures = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				futures.add(pool.submit(() -> {
					go.await();
					return task.call();
				}));
			}
			go.countDown();
			List<Boolean> results = new ArrayList<>();
			for (Future<Boolean> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private UUID unscheduledRun(YearMonth month) {
		return this.data.unscheduledRun(month, now());
	}

	private long countFor(YearMonth month, List<UUID> merchants) {
		return this.jdbc.sql("SELECT count(*) FROM merchant_grade WHERE month = :m AND merchant_id = ANY(:ids)")
			.param("m", month.atDay(1))
			.param("ids", merchants.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	private List<UUID> someMerchants(YearMonth month, int count) {
		List<UUID> merchants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID merchant = this.data.merchant();
			this.data.facts(merchant, 1 + i * 3, GradingData.in(month, 1 + i % 27), i % 3 - 1, null, i % 5 == 0, false,
					false);
			merchants.add(merchant);
		}
		return merchants;
	}

}
