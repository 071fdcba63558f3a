package io.kaidian.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exceptions to the normal week in {@code calendar_day}. */
@Repository
class CalendarDays implements CalendarSource {

	private static final String COLUMNS = "day, kind, name_en, name_zh, provisional, updated_by, updated_at";

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<LocalDate, CalendarDay.Kind> exceptions() {
		Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();
		this.jdbc.sql("SELECT day, kind FROM calendar_day").query((ResultSet rs) -> {
			exceptions.put(rs.getObject("day", LocalDate.class), CalendarDay.Kind.valueOf(rs.getString("kind")));
		});
		return exceptions;
	}

	/**
	 * The days of one year, or of every year when {@code year} is {@code null}, by date.
	 */
	List<CalendarDay> find(@Nullable Integer year) {
		if (year == null) {
			return this.jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day ORDER BY day")
				.query(CalendarDays::map)
				.list();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE day >= :from AND day < :to ORDER BY day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(CalendarDays::map)
			.list();
	}

	/** Inserts or replaces the day; one statement, so it commits on its own. */
	void put(CalendarDay day) {
		this.jdbc
			.sql("INSERT INTO calendar_day (" + COLUMNS + ") VALUES (:day, :kind, :nameEn, :nameZh, :provisional, "
					+ ":updatedBy, :updatedAt) ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, "
					+ "name_en = excluded.name_en, name_zh = excluded.name_zh, provisional = excluded.provisional, "
					+ "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
			.param("day", day.date())
			.param("kind", day.kind().name())
			.param("nameEn", day.nameEn())
			.param("nameZh", day.nameZh())
			.param("provisional", day.provisional())
			.param("updatedBy", day.updatedBy())
			.param("updatedAt", day.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	boolean remove(LocalDate date) {
		return this.jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", date).update() > 0;
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), CalendarDay.Kind.valueOf(rs.getString("kind")),
				rs.getString("name_en"), rs.getString("name_zh"), rs.getBoolean("provisional"),
				rs.getObject("updated_by", UUID.class), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
