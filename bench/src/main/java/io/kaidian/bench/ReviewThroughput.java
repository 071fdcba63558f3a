package io.kaidian.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.kaidian.account.Sessions;
import io.kaidian.account.StaffDirectory;
import io.kaidian.platform.security.Role;
import io.kaidian.platform.security.SignInAttempt;
import io.kaidian.review.Decision;
import io.kaidian.review.Outcome;
import io.kaidian.review.Queue;
import io.kaidian.review.ReviewCase;
import io.kaidian.review.ReviewSubject;
import io.kaidian.review.ReviewDesk;

/**
 * Load test of the review desk (docs/benchmarks.md, "Review: claim and decide"): the real
 * application in this JVM on a throw-away embedded PostgreSQL, N reviewers each looping
 * claim → decide APPROVE on the {@code IDENTITY} queue for a fixed time, through real
 * HTTP (the product's path) and, optionally, through the {@link ReviewDesk} bean directly;
 * then {@code pgbench} running {@code claim_decide.sql} (the same claim and decide SQL)
 * with as many clients against the same server.
 * <p>
 * Before every run the queue is emptied (leftover open cases withdrawn), fresh open cases
 * are seeded and {@code review_case} is vacuumed, so every run starts from the same
 * state. Options ({@code --name=value}): {@code reviewers} (16), {@code cases} (open
 * cases seeded per service run, 20000), {@code pgbench-cases} (per pgbench run, 200000),
 * {@code warmup} (seconds, 10), {@code duration} (seconds, 30), {@code runs} (2),
 * {@code modes} ({@code http,service,pgbench}), {@code pgbench} (its path,
 * {@code pgbench}), {@code script} (the pgbench script; the copy on the classpath
 * otherwise). Any other {@code --name=value} is passed to the application, e.g.
 * {@code --spring.threads.virtual.enabled=false}.
 */
public final class ReviewThroughput {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "Claim-and-decide-4711";

	private final Options options;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final ReviewDesk reviews;

	private final List<Reviewer> reviewers = new ArrayList<>();

	private final int port;

	private int seeded;

	private ReviewThroughput(Options options, ConfigurableApplicationContext context) {
		this.options = options;
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.reviews = context.getBean(ReviewDesk.class);
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		LoadTests.runAndExit(
				List.of("--spring.datasource.hikari.maximum-pool-size=" + Math.max(20, options.reviewers + 4)),
				options.application, (context) -> new ReviewThroughput(options, context)::run);
	}

	private void run() throws Exception {
		String url = this.context.getEnvironment().getProperty("spring.datasource.url");
		System.out.println("database: " + url + " — " + this.jdbc.queryForObject("SELECT version()", String.class));
		for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers", "max_connections")) {
			System.out.println("  " + setting + " = " + this.jdbc.queryForObject("SHOW " + setting, String.class));
		}
		System.out.printf(Locale.ROOT, "load average before: %s%n", LoadTests.loadAverage());
		createReviewers();
		List<Result> results = new ArrayList<>();
		for (String mode : this.options.modes) {
			for (int run = 1; run <= this.options.runs; run++) {
				Result result = switch (mode) {
					case "http" -> service(run, true);
					case "service" -> service(run, false);
					case "pgbench" -> pgbench(run, url);
					default -> throw new IllegalArgumentException("unknown mode " + mode);
				};
				System.out.println(result.describe());
				results.add(result);
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "| run | decided/s | cycle p50 / p95 / p99 ms | claim p50 / p95 / p99 ms | "
				+ "decide p50 / p95 / p99 ms | errors | load avg after |%n|---|---:|---|---|---|---|---|%n");
		for (Result result : results) {
			System.out.println(result.row());
		}
		double http = average(results, "http");
		double pgbench = average(results, "pgbench");
		double service = average(results, "service");
		if (http > 0 && pgbench > 0) {
			System.out.printf(Locale.ROOT, "ratio http / pgbench (means of the runs): %.3f%n", http / pgbench);
		}
		if (service > 0 && pgbench > 0) {
			System.out.printf(Locale.ROOT, "ratio service layer / pgbench (means of the runs): %.3f%n",
					service / pgbench);
		}
		check();
	}

	private static double average(List<Result> results, String mode) {
		return results.stream().filter((r) -> r.mode.equals(mode)).mapToDouble(Result::rate).average().orElse(0);
	}

	/** Reviewers, each with a bearer token (one Argon2id check each, at setup only). */
	private void createReviewers() {
		StaffDirectory staff = this.context.getBean(StaffDirectory.class);
		Sessions sessions = this.context.getBean(Sessions.class);
		for (int i = 0; i < this.options.reviewers; i++) {
			String email = "reviewer-" + i + "@bench.kaidian.local";
			UUID id = staff.create(
					new StaffDirectory.NewStaff(email, PASSWORD, "Bench Reviewer " + i, Set.of(Role.REVIEWER)), null);
			// each reviewer from its own address, as the per-client sign-in limits count
			String token = sessions.signIn(new SignInAttempt(email, PASSWORD, null, "198.51.100." + (i + 1), Locale.ROOT))
				.token();
			this.reviewers.add(new Reviewer(id, token));
		}
	}

	/** Withdraws what the previous run left open, vacuums, and seeds fresh cases. */
	private void resetQueue() {
		this.jdbc.update("UPDATE review_case SET status = 'WITHDRAWN', assignee = NULL WHERE status = 'OPEN'");
		this.jdbc.execute("VACUUM ANALYZE review_case");
		this.jdbc.execute("VACUUM ANALYZE audit_entry");
		this.jdbc.execute("VACUUM ANALYZE reviewer_activity");
		this.jdbc.execute("VACUUM ANALYZE access_token");
	}

	/**
	 * Opens {@code cases} IDENTITY cases through {@link ReviewDesk#open}, each its own
	 * seller.
	 */
	private void seedThroughService(int cases) throws Exception {
		long started = System.nanoTime();
		int base = this.seeded;
		this.seeded += cases;
		AtomicInteger next = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				futures.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
						this.reviews.open(openCase(base + i));
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		// CaseOpened is handled after commit (onboarding checklist): let it finish first
		while (pendingEvents() > 0) {
			Thread.sleep(200);
		}
		this.jdbc.execute("VACUUM ANALYZE review_case");
		System.out.printf(Locale.ROOT, "  seeded %,d cases through ReviewDesk.open in %.1f s%n", cases,
				(System.nanoTime() - started) / 1e9);
	}

	private long pendingEvents() {
		Long pending = this.jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
				Long.class);
		return pending != null ? pending : 0;
	}

	private static ReviewDesk.OpenCase openCase(int i) {
		String memberId = String.format(Locale.ROOT, "KD%010d", i);
		ReviewSubject subject = new ReviewSubject(
				List.of(new ReviewSubject.Field("personName", "张*" + (i % 100)),
						new ReviewSubject.Field("idNumber", "1101**********" + String.format("%04d", i % 10000))),
				List.of(new ReviewSubject.Document("ID_FRONT", "/api/v1/documents/" + UUID.randomUUID(), "NEW"),
						new ReviewSubject.Document("ID_BACK", "/api/v1/documents/" + UUID.randomUUID(), "NEW"),
						new ReviewSubject.Document("HOLDING_ID_PHOTO", "/api/v1/documents/" + UUID.randomUUID(),
								"NEW")),
				List.of(new ReviewSubject.Flag("ID_NUMBER_CHECKSUM", true, null)), List.of(), List.of());
		return new ReviewDesk.OpenCase(Queue.IDENTITY, "identity:bench-" + i, UUID.randomUUID(), memberId, subject);
	}

	/**
	 * The reviewers loop claim → decide APPROVE: over HTTP with their bearer tokens, or
	 * on the {@link ReviewDesk} bean.
	 */
	private Result service(int run, boolean http) throws Exception {
		String mode = http ? "http" : "service";
		System.out.printf(Locale.ROOT, "%s run %d: %d reviewers, %d s warm-up, %d s measured%n", mode, run,
				this.options.reviewers, this.options.warmup, this.options.duration);
		resetQueue();
		seedThroughService(this.options.cases);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		Window window = new Window();
		List<Worker> workers = new ArrayList<>();
		for (Reviewer reviewer : this.reviewers) {
			workers.add(http ? new HttpWorker(reviewer, window, client, this.port)
					: new ServiceWorker(reviewer, window, this.reviews));
		}
		List<Thread> threads = new ArrayList<>();
		for (Worker worker : workers) {
			Thread thread = new Thread(worker, mode + "-" + threads.size());
			thread.start();
			threads.add(thread);
		}
		// timing is the point of this harness: the window is wall-clock time
		Thread.sleep(this.options.warmup * 1000L);
		window.begin();
		Thread.sleep(this.options.duration * 1000L);
		window.end();
		for (Thread thread : threads) {
			thread.join();
		}
		client.close();
		Result result = new Result(mode, run, window.seconds());
		for (Worker worker : workers) {
			result.add(worker);
		}
		result.load = LoadTests.loadAverage();
		return result;
	}

	/**
	 * {@code pgbench} with as many clients running claim_decide.sql on the same server.
	 */
	private Result pgbench(int run, String jdbcUrl) throws Exception {
		System.out.printf(Locale.ROOT, "pgbench run %d: %d clients, -j 2, %d s%n", run, this.options.reviewers,
				this.options.duration);
		resetQueue();
		long started = System.nanoTime();
		// the same shape of row as ReviewDesk.open writes: one seller per case, due in order
		String subject = this.jdbc.queryForObject("SELECT subject::text FROM review_case LIMIT 1", String.class);
		this.jdbc.update("INSERT INTO review_case (id, queue, subject_ref, seller_id, member_id, attempt, status, "
				+ "subject, submitted_at, due_by, next_due_by) SELECT gen_random_uuid(), 'IDENTITY', "
				+ "'identity:pgbench-' || ? || '-' || g, gen_random_uuid(), 'PB' || ? || lpad(g::text, 9, '0'), 1, "
				+ "'OPEN', CAST(? AS JSONB), now() + g * interval '1 microsecond', "
				+ "now() + interval '2 days' + g * interval '1 microsecond', "
				+ "now() + interval '2 days' + g * interval '1 microsecond' FROM generate_series(1, ?) g", run, run,
				subject, this.options.pgbenchCases);
		this.jdbc.execute("VACUUM ANALYZE review_case");
		System.out.printf(Locale.ROOT, "  seeded %,d cases with INSERT … generate_series in %.1f s%n",
				this.options.pgbenchCases, (System.nanoTime() - started) / 1e9);
		Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
		if (!m.find()) {
			throw new IllegalStateException("Cannot read host and port from " + jdbcUrl);
		}
		Path dir = Files.createTempDirectory("kaidian-pgbench-");
		Path script = this.options.script != null ? Path.of(this.options.script) : dir.resolve("claim_decide.sql");
		if (this.options.script == null) {
			try (InputStream in = ReviewThroughput.class.getResourceAsStream("/pgbench/claim_decide.sql")) {
				Files.copy(in, script);
			}
		}
		long decidedBefore = decided();
		List<String> command = List.of(this.options.pgbench, "-n", "-M", "prepared", "-c",
				String.valueOf(this.options.reviewers), "-j", "2", "-T", String.valueOf(this.options.duration), "-l",
				"--log-prefix=" + dir.resolve("log"), "-f", script.toString(), "-h", m.group(1), "-p", m.group(2), "-U",
				"postgres", m.group(3));
		System.out.println("  " + String.join(" ", command));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", "postgres");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		System.out.print(output.lines().map((l) -> "  | " + l + "\n").reduce("", String::concat));
		if (exit != 0) {
			throw new IllegalStateException("pgbench exited with " + exit);
		}
		Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
		Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
		Result result = new Result("pgbench", run, this.options.duration);
		result.pgbenchTps = tps.find() ? Double.parseDouble(tps.group(1)) : 0;
		if (failed.find() && !"0".equals(failed.group(1))) {
			result.errors.put("pgbench failed", Long.parseLong(failed.group(1)));
		}
		// pgbench -l: client, transaction, latency (µs), script, epoch s, µs
		try (var logs = Files.newDirectoryStream(dir, "log.*")) {
			for (Path log : logs) {
				for (String line : Files.readAllLines(log)) {
					String[] f = line.split(" ");
					result.cycle.add(Long.parseLong(f[2]) * 1000);
				}
			}
		}
		long decidedByPgbench = decided() - decidedBefore;
		System.out.printf(Locale.ROOT, "  cases decided by pgbench (whole run incl. connection): %,d%n",
				decidedByPgbench);
		result.load = LoadTests.loadAverage();
		return result;
	}

	private long decided() {
		Long n = this.jdbc.queryForObject("SELECT count(*) FROM review_case WHERE status = 'DECIDED'", Long.class);
		return n != null ? n : 0;
	}

	/** What the runs left behind: every decision applied once, with its history. */
	private void check() {
		System.out.println();
		System.out.println("after all runs:");
		this.jdbc.queryForList("SELECT status, count(*) AS n FROM review_case GROUP BY status ORDER BY status")
			.forEach((row) -> System.out.println("  review_case " + row.get("status") + ": " + row.get("n")));
		this.jdbc
			.queryForList("SELECT action, count(*) AS n FROM audit_entry WHERE subject LIKE 'review-case:%' "
					+ "GROUP BY action ORDER BY action")
			.forEach((row) -> System.out.println("  audit_entry " + row.get("action") + ": " + row.get("n")));
		// audit_entry has no index on subject: one pass over each table, not a lookup per
		// case
		System.out.println("  decided cases without exactly one DECIDED audit entry: " + this.jdbc.queryForObject(
				"SELECT count(*) FROM review_case c LEFT JOIN (SELECT subject, count(*) AS n FROM audit_entry "
						+ "WHERE action = 'DECIDED' GROUP BY subject) a ON a.subject = 'review-case:' || c.id "
						+ "WHERE c.status = 'DECIDED' AND a.n IS DISTINCT FROM 1",
				Long.class));
		System.out.println("  open cases still assigned (claimed, never decided): " + this.jdbc.queryForObject(
				"SELECT count(*) FROM review_case WHERE status = 'OPEN' AND assignee IS NOT NULL", Long.class));
		System.out.println("  deadlocks reported by the server: " + this.jdbc
			.queryForObject("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()", Long.class));
	}

	private record Reviewer(UUID id, String token) {
	}

	/** The measured window: operations that end inside it count. */
	private static final class Window {

		private volatile long begin = Long.MAX_VALUE;

		private volatile long end = Long.MAX_VALUE;

		void begin() {
			this.begin = System.nanoTime();
		}

		void end() {
			this.end = System.nanoTime();
		}

		boolean over() {
			return this.end != Long.MAX_VALUE;
		}

		boolean counts(long at) {
			return at >= this.begin && at <= this.end;
		}

		double seconds() {
			return (this.end - this.begin) / 1e9;
		}

	}

	/** One reviewer's loop and what it measured. */
	private abstract static class Worker implements Runnable {

		final Reviewer reviewer;

		final Window window;

		final Latencies claim = new Latencies();

		final Latencies decide = new Latencies();

		final Latencies cycle = new Latencies();

		final Map<String, Long> errors = new ConcurrentHashMap<>();

		long decided;

		long empty;

		Worker(Reviewer reviewer, Window window) {
			this.reviewer = reviewer;
			this.window = window;
		}

		/** The claimed case's id and version; empty when the queue is empty. */
		abstract Optional<Claimed> claim() throws Exception;

		/** Decides; {@code null} on success, what went wrong otherwise. */
		abstract String decide(Claimed claimed) throws Exception;

		@Override
		public void run() {
			while (!this.window.over()) {
				try {
					long t0 = System.nanoTime();
					Optional<Claimed> claimed = claim();
					long t1 = System.nanoTime();
					if (this.window.counts(t1)) {
						this.claim.add(t1 - t0);
					}
					if (claimed.isEmpty()) {
						this.empty++;
						continue;
					}
					String error = decide(claimed.get());
					long t2 = System.nanoTime();
					if (!this.window.counts(t2)) {
						continue;
					}
					this.decide.add(t2 - t1);
					if (error == null) {
						this.cycle.add(t2 - t0);
						this.decided++;
					}
					else {
						this.errors.merge(error, 1L, Long::sum);
					}
				}
				catch (Exception ex) {
					this.errors.merge(ex.getClass().getSimpleName() + ": " + ex.getMessage(), 1L, Long::sum);
				}
			}
		}

	}

	private record Claimed(UUID id, long version) {
	}

	/** The product's path: the REST API with a bearer token. */
	private static final class HttpWorker extends Worker {

		private final HttpClient client;

		private final URI claimUri;

		private final String base;

		HttpWorker(Reviewer reviewer, Window window, HttpClient client, int port) {
			super(reviewer, window);
			this.client = client;
			this.base = "http://localhost:" + port + "/api/v1/review/cases/";
			this.claimUri = URI.create(this.base + "claim?queue=IDENTITY");
		}

		@Override
		Optional<Claimed> claim() throws Exception {
			HttpResponse<byte[]> response = this.client.send(
					request(this.claimUri).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() == 204) {
				return Optional.empty();
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException("claim " + response.statusCode() + " " + code(response));
			}
			JsonNode body = JSON.readTree(response.body());
			return Optional
				.of(new Claimed(UUID.fromString(body.get("caseId").asString()), body.get("version").asLong()));
		}

		@Override
		String decide(Claimed claimed) throws Exception {
			HttpResponse<byte[]> response = this.client.send(request(URI.create(this.base + claimed.id() + "/decision"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"outcome\":\"APPROVE\",\"version\":" + claimed.version() + "}"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			return (response.statusCode() == 200) ? null : "decide " + response.statusCode() + " " + code(response);
		}

		private HttpRequest.Builder request(URI uri) {
			return HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.reviewer.token())
				.header("Accept", "application/json");
		}

		private static String code(HttpResponse<byte[]> response) {
			try {
				JsonNode code = JSON.readTree(response.body()).get("code");
				return code != null ? code.asString() : "";
			}
			catch (RuntimeException ex) {
				return "";
			}
		}

	}

	/** The service layer alone: {@link ReviewDesk#claim} and {@link ReviewDesk#decide}. */
	private static final class ServiceWorker extends Worker {

		private final ReviewDesk reviews;

		ServiceWorker(Reviewer reviewer, Window window, ReviewDesk reviews) {
			super(reviewer, window);
			this.reviews = reviews;
		}

		@Override
		Optional<Claimed> claim() {
			return this.reviews.claim(Queue.IDENTITY, this.reviewer.id())
				.map((file) -> new Claimed(file.reviewCase().id(), file.reviewCase().version()));
		}

		@Override
		String decide(Claimed claimed) {
			try {
				ReviewCase decided = this.reviews
					.decide(claimed.id(), new Decision(Outcome.APPROVED, List.of(), List.of(), claimed.version()),
							this.reviewer.id())
					.reviewCase();
				return decided.status() == ReviewCase.Status.DECIDED ? null : "not decided";
			}
			catch (RuntimeException ex) {
				return ex.getClass().getSimpleName() + " " + ex.getMessage();
			}
		}

	}

	/** Nanosecond samples of one kind of call. */
	private static final class Latencies {

		private long[] samples = new long[4096];

		private int size;

		synchronized void add(long nanos) {
			if (this.size == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.size * 2);
			}
			this.samples[this.size++] = nanos;
		}

		synchronized void addAll(Latencies other) {
			for (int i = 0; i < other.size; i++) {
				add(other.samples[i]);
			}
		}

		String percentiles() {
			if (this.size == 0) {
				return "–";
			}
			long[] sorted = Arrays.copyOf(this.samples, this.size);
			Arrays.sort(sorted);
			return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", LoadTests.percentileMillis(sorted, 0.50),
					LoadTests.percentileMillis(sorted, 0.95), LoadTests.percentileMillis(sorted, 0.99));
		}

	}

	private static final class Result {

		final String mode;

		final int run;

		final double seconds;

		final Latencies claim = new Latencies();

		final Latencies decide = new Latencies();

		final Latencies cycle = new Latencies();

		final Map<String, Long> errors = new LinkedHashMap<>();

		long decided;

		long empty;

		double pgbenchTps;

		String load = "";

		Result(String mode, int run, double seconds) {
			this.mode = mode;
			this.run = run;
			this.seconds = seconds;
		}

		void add(Worker worker) {
			this.claim.addAll(worker.claim);
			this.decide.addAll(worker.decide);
			this.cycle.addAll(worker.cycle);
			this.decided += worker.decided;
			this.empty += worker.empty;
			worker.errors.forEach((k, v) -> this.errors.merge(k, v, Long::sum));
		}

		double rate() {
			return this.mode.equals("pgbench") ? this.pgbenchTps : this.decided / this.seconds;
		}

		String errorText() {
			Map<String, Long> all = new LinkedHashMap<>(this.errors);
			if (this.empty > 0) {
				all.put("queue empty (204)", this.empty);
			}
			return all.isEmpty() ? "none" : all.toString();
		}

		String describe() {
			return String.format(Locale.ROOT, "  => %s run %d: %,.1f decided/s over %.1f s; cycle ms %s; errors %s",
					this.mode, this.run, rate(), this.seconds, this.cycle.percentiles(), errorText());
		}

		String row() {
			return String.format(Locale.ROOT, "| %s %d | %,.0f | %s | %s | %s | %s | %s |", this.mode, this.run, rate(),
					this.cycle.percentiles(), this.claim.percentiles(), this.decide.percentiles(), errorText(),
					this.load);
		}

	}

	private record Options(int reviewers, int cases, int pgbenchCases, int warmup, int duration, int runs,
			List<String> modes, String pgbench, String script, List<String> application) {

		private static final Set<String> NAMES = Set.of("reviewers", "cases", "pgbench-cases", "warmup", "duration",
				"runs", "modes", "pgbench", "script");

		static Options parse(String[] args) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("Options are --name=value, not " + arg);
				}
				given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			Options options = new Options(Integer.parseInt(given.getOrDefault("reviewers", "16")),
					Integer.parseInt(given.getOrDefault("cases", "20000")),
					Integer.parseInt(given.getOrDefault("pgbench-cases", "200000")),
					Integer.parseInt(given.getOrDefault("warmup", "10")),
					Integer.parseInt(given.getOrDefault("duration", "30")),
					Integer.parseInt(given.getOrDefault("runs", "2")),
					List.of(given.getOrDefault("modes", "http,service,pgbench").split(",")),
					given.getOrDefault("pgbench", "pgbench"), given.get("script"),
					given.entrySet()
						.stream()
						.filter((e) -> !NAMES.contains(e.getKey()))
						.map((e) -> "--" + e.getKey() + "=" + e.getValue())
						.toList());
			System.out.println("options: " + options);
			return options;
		}

	}

}
