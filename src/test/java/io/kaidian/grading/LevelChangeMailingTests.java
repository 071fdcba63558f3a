package io.kaidian.grading;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Level changes told to the merchants (R-GRADE-2): by a paged db-scheduler mailing after
 * the first publication, one email per merchant-month, resumed without duplicates after a
 * kill, and with a connection or two whatever the number of merchants (not one event and
 * listener per merchant).
 */
class LevelChangeMailingTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GradingRuns runs;

	@Autowired
	GradingRunner runner;

	@Autowired
	LevelChangeMailing mailing;

	@Autowired
	Merchants merchants;

	@Autowired
	MessageSource texts;

	@Autowired
	Outbox outbox;

	@Autowired
	DataSource dataSource;

	GradingData data;

	@BeforeEach
	void data() {
		this.data = new GradingData(this.jdbc);
	}

	@Test
	void rGrade2EachLevelChangeIsMailedOnceAndARerunMailsNothing() {
		YearMonth month = YearMonth.of(2023, 3);
		List<Seller> sellers = sellersReachingLevel1(month, 3);

		GradingRun run = this.data.grade(this.runs, month);
		await().atMost(Duration.ofSeconds(60)).until(() -> told(month, sellers) == sellers.size());

		for (Seller seller : sellers) {
			assertThat(levelMails(seller, month)).as(seller.email()).isEqualTo(1);
		}
		GradingRun rerun = this.data.grade(this.runs, month);
		assertThat(rerun.rerun()).isTrue();
		assertThat(mailTasks(rerun.runId())).isZero();
		assertThat(told(month, sellers)).isEqualTo(sellers.size());
		for (Seller seller : sellers) {
			assertThat(levelMails(seller, month)).as(seller.email()).isEqualTo(1);
		}
		assertThat(run.runId()).isNotEqualTo(rerun.runId());
	}

	@Test
	void rGrade2AMailingKilledMidwayResumesWithoutDuplicates() {
		YearMonth month = YearMonth.of(2023, 5);
		List<Seller> sellers = sellersReachingLevel1(month, 3);
		UUID runId = gradedWithoutMailing(month);

		// a mailer tells the first of our merchants and dies
		List<UUID> ours = sellers.stream().map(Seller::merchantId).toList();
		LevelChangeMailing.LevelChange first = this.mailing.page(month, LevelChangeMailing.FIRST, 10_000)
			.stream()
			.filter((change) -> ours.contains(change.merchantId()))
			.findFirst()
			.orElseThrow();
		assertThat(this.mailing.tell(runId, first)).isTrue();
		assertThat(levelMails(
				sellers.stream().filter((s) -> s.merchantId().equals(first.merchantId())).findFirst().orElseThrow(),
				month))
			.isEqualTo(1);

		// the revived mailing tells the others, once; a second revival tells nobody
		assertThat(this.mailing.mail(runId)).isGreaterThanOrEqualTo(sellers.size() - 1);
		assertThat(this.mailing.mail(runId)).isZero();
		assertThat(this.mailing.tell(runId, first)).isFalse();

		assertThat(told(month, sellers)).isEqualTo(sellers.size());
		for (Seller seller : sellers) {
			assertThat(levelMails(seller, month)).as(seller.email()).isEqualTo(1);
		}
	}

	@Test
	void rGrade2AFirstPublicationOfManyChangesHoldsNoConnectionPerMerchant() throws Exception {
		YearMonth month = YearMonth.of(2023, 7);
		List<UUID> many = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			UUID merchant = this.data.merchant();
			this.data.positives(merchant, 4, GradingData.in(month, 1 + i % 27));
			many.add(merchant);
		}
		long gradingEventsBefore = gradingEventPublications();
		var pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		AtomicInteger peak = new AtomicInteger();
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (sampling.get()) {
				peak.accumulateAndGet(pool.getActiveConnections(), Math::max);
				LockSupport.parkNanos(100_000);
			}
		});
		try {
			this.data.grade(this.runs, month);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.jdbc
					.sql("SELECT count(*) FROM grade_change_mail WHERE month = :m AND merchant_id = ANY(:ids)")
					.param("m", month.atDay(1))
					.param("ids", many.toArray(UUID[]::new))
					.query(Long.class)
					.single() == many.size());
		}
		finally {
			sampling.set(false);
			sampler.join();
		}
		// one event for the run at most (nobody listens to it today), not one per
		// merchant
		assertThat(gradingEventPublications() - gradingEventsBefore).isLessThanOrEqualTo(1);
		// the test's thread and the scheduler's (4 threads), never one per merchant
		assertThat(peak.get()).isLessThan(10).isLessThan(many.size());
	}

	/**
	 * Registered sellers, each known to grading with four positive buyers in the month: 4
	 * points, level 1.
	 */
	private List<Seller> sellersReachingLevel1(YearMonth month, int count) {
		SellerFixtures fixtures = new SellerFixtures(this.api, mail, this.outbox);
		List<Seller> sellers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			SellerFixtures.Registered registered = fixtures.register();
			UUID merchant = this.merchants.merchantOf(registered.memberId()).orElseThrow();
			this.data.positives(merchant, 4, GradingData.in(month, 5 + i));
			sellers.add(new Seller(registered.email(), merchant));
		}
		return sellers;
	}

	/**
	 * A run executed to its end whose mailing was not scheduled (the test plays the
	 * mailer).
	 */
	private UUID gradedWithoutMailing(YearMonth month) {
		UUID id = this.data.unscheduledRun(month, now());
		assertThat(this.runner.claim(id)).isTrue();
		while (this.runner.step(id)) {
			// bucket after bucket
		}
		this.jdbc.sql("UPDATE grading_run SET status = 'DONE', finished_at = started_at WHERE id = :id")
			.param("id", id)
			.update();
		return id;
	}

	private long told(YearMonth month, List<Seller> sellers) {
		return this.jdbc.sql("SELECT count(*) FROM grade_change_mail WHERE month = :m AND merchant_id = ANY(:ids)")
			.param("m", month.atDay(1))
			.param("ids", sellers.stream().map(Seller::merchantId).toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	private long mailTasks(UUID runId) {
		return this.jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :task AND task_instance = :id")
			.param("task", GradingJobs.MAIL_TASK)
			.param("id", runId.toString())
			.query(Long.class)
			.single();
	}

	private long gradingEventPublications() {
		return this.jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE 'io.kaidian.grading.%'")
			.query(Long.class)
			.single();
	}

	/** The level-change emails of the month the seller received, in either language. */
	private long levelMails(Seller seller, YearMonth month) {
		List<String> subjects = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)
			.stream()
			.map((locale) -> this.texts.getMessage("mail.grade-changed.subject",
					new Object[] { "", "", 0, 1, month.toString() }, locale))
			.toList();
		// the month as the seller's language writes it ("October 2026", "2026年10月")
		List<String> months = List.of(ReaderTime.month(month, Locale.ENGLISH),
				ReaderTime.month(month, Locale.SIMPLIFIED_CHINESE));
		return List.of(mail.getReceivedMessages()).stream().filter((message) -> {
			try {
				String body = String.valueOf(message.getContent());
				return message.getAllRecipients()[0].toString().equals(seller.email())
						&& subjects.contains(message.getSubject()) && months.stream().anyMatch(body::contains);
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	private record Seller(String email, UUID merchantId) {
	}

}
