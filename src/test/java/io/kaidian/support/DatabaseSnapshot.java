package io.kaidian.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * A checksum of every row of every business table, to show a request changed nothing.
 * Left out: the tables the machinery writes on its own (event publications, scheduled
 * tasks, migrations).
 */
public final class DatabaseSnapshot {

	private static final Set<String> MACHINERY = Set.of("event_publication", "event_publication_archive",
			"scheduled_tasks", "flyway_schema_history");

	private DatabaseSnapshot() {
	}

	/** Table name to {@code count:md5} of its rows. */
	public static Map<String, String> of(JdbcClient jdbc) {
		List<String> tables = jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
					+ "AND table_type = 'BASE TABLE' ORDER BY table_name")
			.query(String.class)
			.list();
		Map<String, String> snapshot = new LinkedHashMap<>();
		for (String table : tables) {
			if (!MACHINERY.contains(table)) {
				snapshot.put(table, jdbc
					.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "
							+ table + " t")
					.query(String.class)
					.single());
			}
		}
		return snapshot;
	}

	/**
	 * A snapshot once the side effects of earlier requests (asynchronous listeners) have
	 * settled: the same twice in a row.
	 */
	public static Map<String, String> settled(JdbcClient jdbc) {
		AtomicReference<Map<String, String>> last = new AtomicReference<>(of(jdbc));
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			Map<String, String> now = of(jdbc);
			return now.equals(last.getAndSet(now));
		});
		return last.get();
	}

}
