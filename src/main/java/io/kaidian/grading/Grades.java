package io.kaidian.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules and the pages read of grades: a merchant's latest grade (the
 * storefront shows its level and service level), one month, and the history month by
 * month (R-GRADE-5).
 */
@Service
public class Grades {

	static final String COLUMNS = "merchant_id, month, credit_points, level, previous_level, assessed_orders, "
			+ "bad_orders, bad_order_rate, service_level, in_grace, first_order_at, store_opened_at, exposure_weight, "
			+ "rule_version";

	private final JdbcClient jdbc;

	private final Merchants merchants;

	Grades(JdbcClient jdbc, Merchants merchants) {
		this.jdbc = jdbc;
		this.merchants = merchants;
	}

	/** The merchant's grade of the latest month graded, if any. */
	public Optional<Grade> latest(UUID sellerId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM merchant_grade WHERE merchant_id = :id ORDER BY month DESC LIMIT 1")
			.param("id", sellerId)
			.query(Grades::map)
			.optional();
	}

	public Optional<Grade> of(UUID sellerId, YearMonth month) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM merchant_grade WHERE merchant_id = :id AND month = :month")
			.param("id", sellerId)
			.param("month", month.atDay(1))
			.query(Grades::map)
			.optional();
	}

	/** The grades of the months up to and including {@code until}, oldest first. */
	public List<Grade> history(UUID sellerId, YearMonth until, int months) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM merchant_grade WHERE merchant_id = :id AND month > :from "
					+ "AND month <= :until ORDER BY month")
			.param("id", sellerId)
			.param("from", until.minusMonths(months).atDay(1))
			.param("until", until.atDay(1))
			.query(Grades::map)
			.list();
	}

	/** The seller account behind a member ID grading has seen. */
	public Optional<UUID> sellerOf(String memberId) {
		return this.merchants.merchantOf(memberId);
	}

	static Grade map(ResultSet rs, int row) throws SQLException {
		return new Grade(rs.getObject("merchant_id", UUID.class),
				YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("credit_points"), rs.getInt("level"),
				rs.getInt("previous_level"), rs.getLong("assessed_orders"), rs.getLong("bad_orders"),
				rs.getBigDecimal("bad_order_rate"), ServiceLevel.valueOf(rs.getString("service_level")),
				rs.getBoolean("in_grace"), rs.getObject("first_order_at", OffsetDateTime.class).toInstant(),
				openedAt(rs), rs.getBigDecimal("exposure_weight"), rs.getInt("rule_version"));
	}

	private static @Nullable Instant openedAt(ResultSet rs) throws SQLException {
		OffsetDateTime opened = rs.getObject("store_opened_at", OffsetDateTime.class);
		return (opened != null) ? opened.toInstant() : null;
	}

}
