package io.kaidian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load test of the public catalogue of offers (docs/benchmarks.md, "Offers: the public
 * catalogue"): the real application in this JVM on a throw-away embedded PostgreSQL, N
 * clients each looping {@code GET /api/v1/business-scopes} without a token for a fixed
 * time, in one of three ways: {@code en} (full answers, {@code Accept-Language: en}),
 * {@code zh-CN} (full answers in Chinese) and {@code etag} (the English answer's
 * {@code ETag} in {@code If-None-Match}: {@code 304}); {@code idle} measures the same
 * window with no client, as the baseline of the database counters.
 * <p>
 * Each mode: the clients warm up, stop; after a pause (so every connection's statistics
 * reach the server's counters) the counters are read, the clients run the measured window
 * and stop, and after another pause the counters are read again. The counters:
 * {@code sum(xact_commit)} of {@code pg_stat_database} (every transaction the window
 * used, the harness's own read included) and the scans of {@code offers_version} (the
 * cache's version checks) and of {@code business_scope} (its reloads), from
 * {@code pg_stat_user_tables}.
 * <p>
 * Options ({@code --name=value}): {@code clients} (16), {@code warmup} (seconds, 5),
 * {@code duration} (seconds, 15), {@code runs} (1), {@code modes}
 * ({@code idle,en,zh-CN,etag}). Any other {@code --name=value} is passed to the
 * application, e.g. {@code --kaidian.settlement.offers-refresh-interval=0s}.
 */
public final class OffersThroughput {

	private static final String PATH = "/api/v1/business-scopes";

	/**
	 * Time for the server's backends to flush their statistics (at most every second).
	 */
	private static final long SETTLE_MILLIS = 2500;

	private final Options options;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final URI uri;

	private String etag = "";

	private OffersThroughput(Options options, ConfigurableApplicationContext context) {
		this.options = options;
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.uri = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + PATH);
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		LoadTests.runAndExit(List.of(), options.application, (context) -> new OffersThroughput(options, context)::run);
	}

	private void run() throws Exception {
		System.out.println("database: " + this.jdbc.queryForObject("SELECT version()", String.class));
		for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers")) {
			System.out.println("  " + setting + " = " + this.jdbc.queryForObject("SHOW " + setting, String.class));
		}
		System.out.println("offers-refresh-interval = "
				+ this.context.getEnvironment().getProperty("kaidian.settlement.offers-refresh-interval"));
		System.out
			.println("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors");
		System.out.printf(Locale.ROOT, "load average before: %s%n", LoadTests.loadAverage());
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build()) {
			probe(client);
			List<Result> results = new ArrayList<>();
			for (int run = 1; run <= this.options.runs; run++) {
				for (String mode : this.options.modes) {
					Result result = measure(client, mode, run);
					System.out.println(result.describe());
					results.add(result);
				}
			}
			System.out.println();
			System.out.println("| mode | requests/s | p50 / p99 / max ms | status | body bytes | transactions "
					+ "| per 1,000 requests | version checks | reloads | errors | load avg after |");
			System.out.println("|---|---:|---|---|---:|---:|---:|---:|---:|---|---|");
			for (Result result : results) {
				System.out.println(result.row());
			}
		}
	}

	/** One request of each kind, printed: what the clients will get. */
	private void probe(HttpClient client) throws Exception {
		for (String language : List.of("en", "zh-CN")) {
			HttpResponse<byte[]> response = client.send(request("en".equals(language) ? "en" : "zh-CN", null).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			System.out.printf(Locale.ROOT, "probe %s: %d, %,d bytes of body, ~%,d bytes of headers, %s%n", language,
					response.statusCode(), response.body().length, headerBytes(response), response.headers().map());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + PATH + " answered " + response.statusCode());
			}
			if ("en".equals(language)) {
				this.etag = response.headers().firstValue("ETag").orElseThrow();
			}
		}
		HttpResponse<byte[]> response = client.send(request("en", this.etag).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		System.out.printf(Locale.ROOT, "probe If-None-Match %s: %d, %,d bytes of body, ~%,d bytes of headers, %s%n",
				this.etag, response.statusCode(), response.body().length, headerBytes(response),
				response.headers().map());
		if (response.statusCode() != 304) {
			throw new IllegalStateException("If-None-Match answered " + response.statusCode());
		}
	}

	private HttpRequest.Builder request(String language, String ifNoneMatch) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri)
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("Accept-Language", language);
		if (ifNoneMatch != null) {
			builder.header("If-None-Match", ifNoneMatch);
		}
		return builder;
	}

	/** Warm-up, pause, counters, measured window, pause, counters. */
	private Result measure(HttpClient client, String mode, int run) throws Exception {
		System.out.printf(Locale.ROOT, "%s run %d: %d clients, %d s warm-up, %d s measured%n", mode, run,
				this.options.clients, this.options.warmup, this.options.duration);
		HttpRequest request = switch (mode) {
			case "idle" -> null;
			case "en" -> request("en", null).build();
			case "zh-CN" -> request("zh-CN", null).build();
			case "etag" -> request("en", this.etag).build();
			default -> throw new IllegalArgumentException("unknown mode " + mode);
		};
		int expected = "etag".equals(mode) ? 304 : 200;
		if (request != null) {
			drive(client, request, expected, this.options.warmup);
		}
		Thread.sleep(SETTLE_MILLIS);
		Counters before = counters();
		Result result = (request != null) ? drive(client, request, expected, this.options.duration)
				: idle(this.options.duration);
		Thread.sleep(SETTLE_MILLIS);
		Counters after = counters();
		result.mode = mode;
		result.run = run;
		result.transactions = after.transactions - before.transactions;
		result.versionChecks = after.versionChecks - before.versionChecks;
		result.reloads = after.reloads - before.reloads;
		result.load = LoadTests.loadAverage();
		return result;
	}

	private static Result idle(int seconds) throws InterruptedException {
		long begin = System.nanoTime();
		// timing is the point of this harness: the window is wall-clock time
		Thread.sleep(seconds * 1000L);
		return new Result((System.nanoTime() - begin) / 1e9);
	}

	/** The clients loop the request for that many seconds; what they measured. */
	private Result drive(HttpClient client, HttpRequest request, int expected, int seconds) throws Exception {
		List<Client> clients = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long begin = System.nanoTime();
		long end = begin + seconds * 1_000_000_000L;
		for (int i = 0; i < this.options.clients; i++) {
			Client c = new Client(client, request, expected, end);
			clients.add(c);
			Thread thread = new Thread(c, "client-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Result result = new Result((System.nanoTime() - begin) / 1e9);
		for (Client c : clients) {
			result.latencies.addAll(c.latencies);
			result.requests += c.requests;
			result.bodyBytes = Math.max(result.bodyBytes, c.bodyBytes);
			c.errors.forEach((k, v) -> result.errors.merge(k, v, Long::sum));
		}
		result.status = expected;
		return result;
	}

	private record Counters(long transactions, long versionChecks, long reloads) {
	}

	/** One statement, so one transaction of the harness's own per reading. */
	private Counters counters() {
		return this.jdbc.queryForObject("SELECT (SELECT sum(xact_commit) FROM pg_stat_database), "
				+ "(SELECT coalesce(sum(seq_scan), 0) + coalesce(sum(idx_scan), 0) FROM pg_stat_user_tables "
				+ "WHERE relname = 'offers_version'), (SELECT coalesce(sum(seq_scan), 0) + coalesce(sum(idx_scan), 0) "
				+ "FROM pg_stat_user_tables WHERE relname = 'business_scope')",
				(rs, row) -> new Counters(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
	}

	private static long headerBytes(HttpResponse<?> response) {
		long bytes = "HTTP/1.1 200 \r\n\r\n".length();
		for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
			for (String value : header.getValue()) {
				bytes += header.getKey().length() + 2 + value.length() + 2;
			}
		}
		return bytes;
	}

	/** One client's loop until the end of the phase, and what it measured. */
	private static final class Client implements Runnable {

		final HttpClient client;

		final HttpRequest request;

		final int expected;

		final long end;

		final Latencies latencies = new Latencies();

		final Map<String, Long> errors = new ConcurrentHashMap<>();

		long requests;

		int bodyBytes;

		Client(HttpClient client, HttpRequest request, int expected, long end) {
			this.client = client;
			this.request = request;
			this.expected = expected;
			this.end = end;
		}

		@Override
		public void run() {
			while (System.nanoTime() < this.end) {
				try {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = this.client.send(this.request,
							HttpResponse.BodyHandlers.ofByteArray());
					this.latencies.add(System.nanoTime() - t0);
					this.requests++;
					this.bodyBytes = Math.max(this.bodyBytes, response.body().length);
					if (response.statusCode() != this.expected) {
						this.errors.merge("status " + response.statusCode(), 1L, Long::sum);
					}
				}
				catch (Exception ex) {
					this.requests++;
					this.errors.merge(ex.getClass().getSimpleName() + ": " + ex.getMessage(), 1L, Long::sum);
				}
			}
		}

	}

	/** Nanosecond samples. */
	private static final class Latencies {

		private long[] samples = new long[4096];

		private int size;

		void add(long nanos) {
			if (this.size == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.size * 2);
			}
			this.samples[this.size++] = nanos;
		}

		void addAll(Latencies other) {
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
			return String.format(Locale.ROOT, "%.2f / %.2f / %.1f", LoadTests.percentileMillis(sorted, 0.50),
					LoadTests.percentileMillis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
		}

	}

	private static final class Result {

		final double seconds;

		final Latencies latencies = new Latencies();

		final Map<String, Long> errors = new LinkedHashMap<>();

		String mode = "";

		int run;

		long requests;

		int status;

		int bodyBytes;

		long transactions;

		long versionChecks;

		long reloads;

		String load = "";

		Result(double seconds) {
			this.seconds = seconds;
		}

		double rate() {
			return this.requests / this.seconds;
		}

		String perThousand() {
			return (this.requests == 0) ? "–"
					: String.format(Locale.ROOT, "%.2f", this.transactions * 1000.0 / this.requests);
		}

		String errorText() {
			return this.errors.isEmpty() ? "none" : this.errors.toString();
		}

		String describe() {
			return String.format(Locale.ROOT,
					"  => %s run %d: %,d requests in %.1f s = %,.0f/s; ms p50/p99/max %s; %,d transactions, "
							+ "%d version checks, %d reloads; errors %s",
					this.mode, this.run, this.requests, this.seconds, rate(), this.latencies.percentiles(),
					this.transactions, this.versionChecks, this.reloads, errorText());
		}

		String row() {
			return String.format(Locale.ROOT, "| %s %d | %,.0f | %s | %s | %,d | %,d | %s | %d | %d | %s | %s |",
					this.mode, this.run, rate(), this.latencies.percentiles(), (this.status == 0) ? "–" : this.status,
					this.bodyBytes, this.transactions, perThousand(), this.versionChecks, this.reloads, errorText(),
					this.load);
		}

	}

	private record Options(int clients, int warmup, int duration, int runs, List<String> modes,
			List<String> application) {

		private static final Set<String> NAMES = Set.of("clients", "warmup", "duration", "runs", "modes");

		static Options parse(String[] args) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("Options are --name=value, not " + arg);
				}
				given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			Options options = new Options(Integer.parseInt(given.getOrDefault("clients", "16")),
					Integer.parseInt(given.getOrDefault("warmup", "5")),
					Integer.parseInt(given.getOrDefault("duration", "15")),
					Integer.parseInt(given.getOrDefault("runs", "1")),
					List.of(given.getOrDefault("modes", "idle,en,zh-CN,etag").split(",")),
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
