package io.kaidian.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.kaidian.grading.GradingRun;
import io.kaidian.grading.GradingRunner;
import io.kaidian.grading.GradingRuns;
import io.kaidian.grading.IntegrationCredentials;

/**
 * The monthly grading run at scale (R-GRADE; docs/benchmarks.md, "Grading"). Generates
 * {@code merchants} merchants and {@code facts} order facts over twelve months, skewed (the
 * merchant of a fact is {@code floor(merchants * u^3)}: a few large merchants, a long
 * tail), straight into the embedded PostgreSQL; then measures in the same JVM:
 * <ol>
 * <li>the monthly run's wall time (every bucket, every merchant) against one hand-written
 * {@code GROUP BY} computing the same points and bad-order counts over the same facts
 * into a table, and checks that both agree;</li>
 * <li>the JVM's peak heap during the run, sampled every 20 ms;</li>
 * <li>ingestion through {@code POST /api/v1/integration/order-facts} (10,000 facts a
 * request) against {@code COPY} of the same rows.</li>
 * </ol>
 * Options ({@code --name=value}): {@code merchants} (20000), {@code facts} (600000),
 * {@code ingest} (facts sent over HTTP, 100000), {@code rounds} (2: the publication, then
 * reruns). Full scale (a quiet machine):
 * {@code --merchants=1000000 --facts=30000000}.
 */
public final class GradingRunBench {

	private static final YearMonth MONTH = YearMonth.of(2026, 10);

	/** The same points and bad orders as the run (default rules), in one GROUP BY. */
	private static final String HAND_WRITTEN = """
				CREATE TABLE bench_hand AS
				SELECT merchant_id, sum(sign(s::numeric))::bigint AS points, sum(a)::bigint AS assessed, sum(b)::bigint AS bad
				FROM (SELECT merchant_id, coalesce(sum(feedback), 0)::int AS s,
				             count(*) FILTER (WHERE completed_at >= timestamptz '2026-11-01 00:00+08' - interval '90 days') AS a,
				             count(*) FILTER (WHERE completed_at >= timestamptz '2026-11-01 00:00+08' - interval '90 days'
				                              AND (feedback = -1 OR dispute OR shipped_late OR cancelled)) AS b
				      FROM order_fact WHERE completed_at < timestamptz '2026-11-01 00:00+08'
				      GROUP BY merchant_id, buyer_id, date_trunc('month', completed_at, 'Asia/Shanghai')) x
				GROUP BY merchant_id""";

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final Map<String, String> options;

	private GradingRunBench(Map<String, String> options, ConfigurableApplicationContext context) {
		this.options = options;
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(
				Map.of("merchants", "20000", "facts", "600000", "ingest", "100000", "rounds", "2"));
		List<String> application = new ArrayList<>();
		for (String arg : args) {
			String[] pair = arg.substring(2).split("=", 2);
			if (options.containsKey(pair[0])) {
				options.put(pair[0], pair[1]);
			}
			else {
				application.add(arg);
			}
		}
		LoadTests.runAndExit(List.of(), application, (context) -> new GradingRunBench(options, context)::run);
	}

	private long option(String name) {
		return Long.parseLong(this.options.get(name));
	}

	private void run() throws Exception {
		System.out.printf(Locale.ROOT, "options %s, load average before: %s%n", this.options, LoadTests.loadAverage());
		long generate = time(this::generate);
		System.out.printf(Locale.ROOT, "generated %,d merchants and %,d facts in %.1f s%n", option("merchants"),
				option("facts"), generate / 1e9);
		this.jdbc.execute("VACUUM ANALYZE order_fact");
		this.jdbc.execute("VACUUM ANALYZE grading_merchant");
		GradingRuns runs = this.context.getBean(GradingRuns.class);
		GradingRunner runner = this.context.getBean(GradingRunner.class);
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int round = 1; round <= option("rounds"); round++) {
			long hand = time(this::handWritten);
			System.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(heapBefore);
			AtomicBoolean running = new AtomicBoolean(true);
			Thread sampler = Thread.ofPlatform().daemon().start(() -> {
				while (running.get()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			GradingRun started = runs.start(MONTH, round > 1, null, "bench");
			long wall = time(() -> runner.execute(started.runId()));
			running.set(false);
			sampler.join();
			GradingRun run = runs.find(started.runId()).orElseThrow();
			System.out.printf(Locale.ROOT,
					"round %d: run %s %,d merchants in %.2f s; hand-written GROUP BY %.2f s; ratio %.2f; "
							+ "heap before %d MB, peak %d MB; load average %s%n",
					round, run.status(), run.merchants(), wall / 1e9, hand / 1e9, (double) wall / hand,
					heapBefore >> 20, peak.get() >> 20, LoadTests.loadAverage());
		}
		Long disagreeing = this.jdbc.queryForObject("SELECT count(*) FROM merchant_grade g FULL JOIN bench_hand h "
				+ "ON h.merchant_id = g.merchant_id AND g.month = '2026-10-01' WHERE g.month = '2026-10-01' AND "
				+ "(h.merchant_id IS NULL OR g.credit_points <> h.points OR g.bad_orders <> h.bad "
				+ "OR g.assessed_orders <> h.assessed)", Long.class);
		System.out.println("grades that differ from the hand-written GROUP BY: " + disagreeing);
		ingestion();
		System.out.printf(Locale.ROOT, "load average after: %s%n", LoadTests.loadAverage());
	}

	/**
	 * Merchants and facts generated inside PostgreSQL. The facts' primary key is dropped
	 * for the insert and built again after it (a sort, not millions of random inserts),
	 * and checkpoints are spaced out for the load: data preparation, not measured.
	 */
	private void generate() throws Exception {
		long merchants = option("merchants");
		this.jdbc.execute("ALTER SYSTEM SET max_wal_size = '16GB'");
		this.jdbc.execute("SELECT pg_reload_conf()");
		this.jdbc.execute("SELECT setseed(0.2026)");
		this.jdbc.update("INSERT INTO grading_merchant (merchant_id, member_id, first_seen) SELECT "
				+ "md5('m' || i)::uuid, 'KDB' || lpad(i::text, 11, '0'), now() FROM generate_series(0, ?) i",
				merchants - 1);
		this.jdbc.execute("ALTER TABLE order_fact DROP CONSTRAINT order_fact_pkey");
		long insert = time(() -> this.jdbc.update("INSERT INTO order_fact (bucket, merchant_id, order_id, buyer_id, "
				+ "completed_at, feedback, dispute, shipped_late, cancelled, received_at) SELECT "
				+ "(hashtext(m::text) & 15)::smallint, m, 'o' || n, 'b' || floor(random() * 200000)::int, "
				+ "timestamptz '2026-11-01 00:00+08' - random() * interval '365 days', "
				+ "CASE WHEN r < 0.6 THEN 1 WHEN r < 0.9 THEN NULL WHEN r < 0.95 THEN 0 ELSE -1 END, "
				+ "random() < 0.02, random() < 0.03, random() < 0.01, now() FROM (SELECT n, "
				+ "md5('m' || floor(? * power(random(), 3))::bigint)::uuid AS m, random() AS r "
				+ "FROM generate_series(1, ?) n) s", merchants, option("facts")));
		long key = time(() -> onOneConnection("SET maintenance_work_mem = '1GB'",
				"ALTER TABLE order_fact ADD PRIMARY KEY (bucket, merchant_id, order_id)", "RESET maintenance_work_mem"));
		System.out.printf(Locale.ROOT, "facts inserted in %.1f s, primary key built in %.1f s%n", insert / 1e9,
				key / 1e9);
	}

	/**
	 * The same points and bad orders as the run (default rules), in one GROUP BY, with the
	 * server's default work_mem (a larger one made it slower: one hash table of every
	 * buyer-month instead of spilled batches that fit the caches).
	 */
	private void handWritten() {
		this.jdbc.execute("DROP TABLE IF EXISTS bench_hand");
		this.jdbc.execute(HAND_WRITTEN);
	}

	private void onOneConnection(String... statements) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
			return null;
		});
	}


	private void ingestion() throws Exception {
		int total = (int) option("ingest");
		String token = this.context.getBean(IntegrationCredentials.class).issue("bench", "bench").token();
		String port = this.context.getEnvironment().getProperty("local.server.port");
		HttpClient http = HttpClient.newHttpClient();
		List<String> bodies = new ArrayList<>();
		StringBuilder csv = new StringBuilder();
		for (int start = 0; start < total; start += 10_000) {
			StringBuilder body = new StringBuilder("[");
			for (int i = start; i < Math.min(total, start + 10_000); i++) {
				String member = String.format(Locale.ROOT, "KDB%011d", i % option("merchants"));
				body.append(i == start ? "" : ",")
					.append("{\"orderId\":\"in-")
					.append(i)
					.append("\",\"memberId\":\"")
					.append(member)
					.append("\",\"buyerId\":\"b")
					.append(i % 5000)
					.append("\",\"completedAt\":\"2026-10-15T10:00:00+08:00\",\"feedback\":\"POSITIVE\",")
					.append("\"sellerResponsibleDispute\":false,\"shippedLate\":false,\"cancelledBySeller\":false}");
				csv.append("0,").append("00000000-0000-0000-0000-000000000000,in-").append(i).append(",b").append(i % 5000)
					.append(",2026-10-15T02:00:00Z,1,false,false,false,2026-11-01T00:00:00Z\n");
			}
			bodies.add(body.append(']').toString());
		}
		long api = time(() -> {
			for (String body : bodies) {
				HttpResponse<String> reply = http.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/integration/order-facts"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (reply.statusCode() != 202) {
					throw new IllegalStateException(reply.statusCode() + " " + reply.body());
				}
			}
		});
		this.jdbc.execute("CREATE TABLE bench_copy (bucket SMALLINT, merchant_id UUID, order_id TEXT, buyer_id TEXT, "
				+ "completed_at TIMESTAMPTZ, feedback SMALLINT, dispute BOOLEAN, shipped_late BOOLEAN, "
				+ "cancelled BOOLEAN, received_at TIMESTAMPTZ, PRIMARY KEY (bucket, merchant_id, order_id))");
		DataSource dataSource = this.context.getBean(DataSource.class);
		long copy = time(() -> {
			try (Connection connection = dataSource.getConnection()) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench_copy FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
			}
		});
		System.out.printf(Locale.ROOT, "ingestion of %,d facts: API %.2f s (%,.0f facts/s); COPY %.2f s "
				+ "(%,.0f facts/s); ratio %.1f%n", total, api / 1e9, total / (api / 1e9), copy / 1e9,
				total / (copy / 1e9), (double) api / copy);
	}

	private static long time(Step step) throws Exception {
		long started = System.nanoTime();
		step.run();
		return System.nanoTime() - started;
	}

	private interface Step {

		void run() throws Exception;

	}

}
