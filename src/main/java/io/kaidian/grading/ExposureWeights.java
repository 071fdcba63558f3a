package io.kaidian.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exposure weights published for the marketplace's search (R-GRADE-4): every weight
 * that a run published after a given time changed, read with a cursor and handed on one
 * by one (nothing held for all merchants).
 */
@Service
public class ExposureWeights {

	private static final int FETCH = 1000;

	private final JdbcClient jdbc;

	ExposureWeights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public void changedSince(Instant since, Consumer<Change> each) {
		this.jdbc
			.sql("SELECT m.member_id, g.month, g.exposure_weight, g.service_level, r.finished_at FROM grading_run r "
					+ "JOIN merchant_grade g ON g.run_id = r.id AND g.weight_changed "
					+ "JOIN grading_merchant m ON m.merchant_id = g.merchant_id "
					+ "WHERE r.status = 'DONE' AND r.finished_at > :since ORDER BY r.finished_at, m.member_id")
			.withFetchSize(FETCH)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query((rs) -> {
				each.accept(new Change(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
						rs.getBigDecimal(3), ServiceLevel.valueOf(rs.getString(4)),
						rs.getObject(5, OffsetDateTime.class).toInstant()));
			});
	}

	/**
	 * A changed weight.
	 *
	 * @param memberId the merchant
	 * @param month the month graded
	 * @param exposureWeight the new weight
	 * @param serviceLevel the service level it follows from
	 * @param publishedAt when the run published it (the next {@code since})
	 */
	public record Change(String memberId, YearMonth month, BigDecimal exposureWeight, ServiceLevel serviceLevel,
			Instant publishedAt) {
	}

}
