package io.kaidian.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dictionaries in {@code screening_term}, and their version in
 * {@code screening_dictionary_version}, bumped in the same transaction as every change.
 */
@Repository
class ScreeningTerms implements DictionarySource {

	private static final String COLUMNS = "id, term, term_normalized, list, created_at, created_by";

	private final JdbcClient jdbc;

	ScreeningTerms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long version() {
		return this.jdbc.sql("SELECT version FROM screening_dictionary_version WHERE id = 1")
			.query(Long.class)
			.single();
	}

	@Override
	public List<ScreeningTerm> terms() {
		return this.jdbc.sql("SELECT term, list FROM screening_term")
			.query((rs, row) -> new ScreeningTerm(rs.getString("term"), TermList.valueOf(rs.getString("list"))))
			.list();
	}

	/** Ordered by list, then term; both lists when {@code list} is {@code null}. */
	List<ScreeningDictionary.Entry> find(@Nullable TermList list) {
		String where = (list != null) ? "WHERE list = :list " : "";
		var statement = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM screening_term " + where + "ORDER BY list, term_normalized, id");
		if (list != null) {
			statement = statement.param("list", list.name());
		}
		return statement.query(ScreeningTerms::map).list();
	}

	Optional<ScreeningDictionary.Entry> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM screening_term WHERE id = :id")
			.param("id", id)
			.query(ScreeningTerms::map)
			.optional();
	}

	boolean exists(String normalized, TermList list) {
		return this.jdbc.sql("SELECT count(*) FROM screening_term WHERE term_normalized = :normalized AND list = :list")
			.param("normalized", normalized)
			.param("list", list.name())
			.query(Long.class)
			.single() > 0;
	}

	/** Inserts; a concurrent insert of the same term fails on the unique constraint. */
	void add(ScreeningDictionary.Entry entry) {
		this.jdbc
			.sql("INSERT INTO screening_term (" + COLUMNS + ") VALUES (:id, :term, :normalized, :list, :createdAt, "
					+ ":createdBy)")
			.param("id", entry.id())
			.param("term", entry.term())
			.param("normalized", entry.matchedAs())
			.param("list", entry.list().name())
			.param("createdAt", entry.createdAt().atOffset(ZoneOffset.UTC))
			.param("createdBy", entry.createdBy())
			.update();
	}

	boolean remove(UUID id) {
		return this.jdbc.sql("DELETE FROM screening_term WHERE id = :id").param("id", id).update() > 0;
	}

	/** Moves the version on; other instances re-read the terms when they see it moved. */
	void changed(Instant at) {
		this.jdbc.sql("UPDATE screening_dictionary_version SET version = version + 1, changed_at = :at WHERE id = 1")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static ScreeningDictionary.Entry map(ResultSet rs, int row) throws SQLException {
		return new ScreeningDictionary.Entry(rs.getObject("id", UUID.class), rs.getString("term"),
				TermList.valueOf(rs.getString("list")), rs.getString("term_normalized"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("created_by", UUID.class));
	}

}
