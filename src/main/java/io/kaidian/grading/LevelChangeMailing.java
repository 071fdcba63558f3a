package io.kaidian.grading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.account.SellerMessages;
import io.kaidian.platform.i18n.ReaderTime;

/**
 * Tells each merchant whose level a month's first publication moved (R-GRADE-2, -5), in
 * its language, by email and SMS: the db-scheduler task {@link GradingJobs#MAIL_TASK}
 * scheduled by the run's last transaction pages through the month's level changes
 * ({@code kaidian.grading.mail-page-size} merchants a page) on one thread, so it holds
 * one connection whatever the number of merchants. Each merchant is told in its own
 * transaction that first records the merchant-month in {@code grade_change_mail}: a
 * mailing killed midway is revived and skips the merchants told; a merchant whose message
 * failed is rolled back and told on the retry
 * (docs/adr/0033-grading-mailing-and-grace.md).
 */
@Component
class LevelChangeMailing {

	private static final Logger log = LoggerFactory.getLogger(LevelChangeMailing.class);

	/** Before every merchant, in PostgreSQL's order of UUIDs (unsigned bytes). */
	static final UUID FIRST = new UUID(0L, 0L);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SellerMessages messages;

	private final MessageSource texts;

	private final GradingRuns runs;

	private final Clock clock;

	private final GradingProperties properties;

	LevelChangeMailing(JdbcClient jdbc, TransactionTemplate transactions, SellerMessages messages, MessageSource texts,
			GradingRuns runs, Clock clock, GradingProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.messages = messages;
		this.texts = texts;
		this.runs = runs;
		this.clock = clock;
		this.properties = properties;
	}

	/** Tells every merchant of the run's month not yet told; returns how many it told. */
	int mail(UUID runId) {
		YearMonth month = this.runs.find(runId).orElseThrow().month();
		int told = 0;
		UUID after = FIRST;
		List<LevelChange> page;
		do {
			page = page(month, after, this.properties.mailPageSize());
			for (LevelChange change : page) {
				told += tell(runId, change) ? 1 : 0;
				after = change.merchantId();
			}
		}
		while (!page.isEmpty());
		log.info("Level changes of {} told to {} merchants (R-GRADE-2)", month, told);
		return told;
	}

	/** The next merchants of the month whose level moved and who were not told yet. */
	List<LevelChange> page(YearMonth month, UUID after, int size) {
		return this.jdbc
			.sql("SELECT g.merchant_id, g.month, g.previous_level, g.level, g.service_level FROM merchant_grade g "
					+ "WHERE g.month = :month AND g.level <> g.previous_level AND g.merchant_id > :after "
					+ "AND NOT EXISTS (SELECT 1 FROM grade_change_mail s WHERE s.merchant_id = g.merchant_id "
					+ "AND s.month = g.month) ORDER BY g.merchant_id LIMIT :size")
			.param("month", month.atDay(1))
			.param("after", after)
			.param("size", size)
			.query((rs, row) -> new LevelChange(rs.getObject(1, UUID.class),
					YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getInt(3), rs.getInt(4),
					ServiceLevel.valueOf(rs.getString(5))))
			.list();
	}

	/**
	 * Records the merchant-month as told and tells it, in one transaction; {@code false}
	 * when it was told already (by an earlier execution).
	 */
	boolean tell(UUID runId, LevelChange change) {
		Boolean told = this.transactions.execute((tx) -> {
			int recorded = this.jdbc
				.sql("INSERT INTO grade_change_mail (merchant_id, month, run_id, sent_at) "
						+ "VALUES (:merchant, :month, :run, :at) ON CONFLICT DO NOTHING")
				.param("merchant", change.merchantId())
				.param("month", change.month().atDay(1))
				.param("run", runId)
				.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			if (recorded == 0) {
				return false;
			}
			this.messages.send(change.merchantId(), "grade-changed",
					(locale) -> this.texts.getMessage("service-level." + change.serviceLevel().name(), null, locale),
					change.previousLevel(), change.level(),
					(SellerMessages.Localized) (locale) -> ReaderTime.month(change.month(), locale));
			return true;
		});
		return Boolean.TRUE.equals(told);
	}

	/** A merchant whose level moved in a month. */
	record LevelChange(UUID merchantId, YearMonth month, int previousLevel, int level, ServiceLevel serviceLevel) {
	}

}
