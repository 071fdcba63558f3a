package io.kaidian.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load test of the cost of large images (issue 10; docs/benchmarks.md, "Uploads: large
 * images beside a public GET"): the real application in this JVM; N sellers each
 * uploading, over and over, a one-colour PNG that declares W × H pixels (39 MP, about
 * 110 KB) to {@code PUT /api/v1/me/identity/documents/BUSINESS_LICENSE}, while R clients
 * loop {@code GET /api/v1/business-scopes}. Two phases, each after a warm-up: the GETs
 * alone, then the GETs beside the uploads. Reported: GET latency percentiles, uploads by
 * status and their latency, and the heap's peak use in the phase.
 * <p>
 * Options ({@code --name=value}): {@code uploaders} (8), {@code readers} (2),
 * {@code warmup} (seconds, 10), {@code duration} (seconds, 30), {@code width} (7200),
 * {@code height} (5400). Any other {@code --name=value} is passed to the application,
 * e.g. {@code --kaidian.documents.decoding.max-concurrent=1}.
 */
public final class UploadLoad {

	private static final String GET_PATH = "/api/v1/business-scopes";

	private static final String UPLOAD_PATH = "/api/v1/me/identity/documents/BUSINESS_LICENSE";

	private final Map<String, Integer> options;

	private final ConfigurableApplicationContext context;

	private final String base;

	private UploadLoad(Map<String, Integer> options, ConfigurableApplicationContext context) {
		this.options = options;
		this.context = context;
		this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		Map<String, Integer> options = new TreeMap<>(Map.of("uploaders", 8, "readers", 2, "warmup", 10, "duration",
				30, "width", 7200, "height", 5400));
		List<String> application = new ArrayList<>();
		for (String arg : args) {
			String name = arg.substring(2, arg.indexOf('='));
			if (options.containsKey(name)) {
				options.put(name, Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
			}
			else {
				application.add(arg);
			}
		}
		LoadTests.runAndExit(List.of(), application, (context) -> new UploadLoad(options, context)::run);
	}

	private void run() throws Exception {
		System.out.println("options " + this.options + ", java " + Runtime.version() + ", "
				+ Runtime.getRuntime().availableProcessors() + " processors, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
		System.out.println("decoding: max-concurrent = "
				+ this.context.getEnvironment().getProperty("kaidian.documents.decoding.max-concurrent", "(none)")
				+ ", max-stored-side = "
				+ this.context.getEnvironment().getProperty("kaidian.documents.max-stored-side", "(none)"));
		byte[] png = solidPng(this.options.get("width"), this.options.get("height"));
		System.out.printf(Locale.ROOT, "upload: %d x %d PNG, %,d bytes%n", this.options.get("width"),
				this.options.get("height"), png.length);
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build()) {
			BenchSellers sellers = new BenchSellers(client, this.base, this.context);
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < this.options.get("uploaders"); i++) {
				tokens.add(sellers.create(i));
			}
			HttpRequest get = HttpRequest.newBuilder(URI.create(this.base + GET_PATH))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "application/json")
				.build();
			long t0 = System.nanoTime();
			int probe = client.send(upload(tokens.get(0), png), HttpResponse.BodyHandlers.discarding()).statusCode();
			System.out.printf(Locale.ROOT, "probe upload alone: %d in %.0f ms%n", probe,
					(System.nanoTime() - t0) / 1e6);
			System.out.printf(Locale.ROOT, "load average before: %s%n", LoadTests.loadAverage());
			List<String> rows = new ArrayList<>();
			rows.add(phase("GET alone", client, get, List.of(), png));
			rows.add(phase("GET + uploads", client, get, tokens, png));
			System.out.println();
			System.out.println("| phase | GETs | GET p50 / p99 / max ms | uploads by status | upload p50 / p99 / max ms "
					+ "| heap peak MB | load avg after |");
			System.out.println("|---|---:|---|---|---|---:|---|");
			rows.forEach(System.out::println);
		}
	}

	/** A warm-up, then the measured window; its table row. */
	private String phase(String name, HttpClient client, HttpRequest get, List<String> tokens, byte[] png)
			throws Exception {
		System.out.printf(Locale.ROOT, "%s: %d s warm-up, %d s measured%n", name, this.options.get("warmup"),
				this.options.get("duration"));
		drive(client, get, tokens, png, this.options.get("warmup"));
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		Loop[] loops = drive(client, get, tokens, png, this.options.get("duration"));
		long heapPeak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		return String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %,d | %s |", name, loops[0].count,
				loops[0].percentiles(), loops[1].statuses, loops[1].percentiles(), heapPeak / (1024 * 1024),
				LoadTests.loadAverage());
	}

	/** Readers and uploaders for that many seconds: [0] the GETs, [1] the uploads. */
	private Loop[] drive(HttpClient client, HttpRequest get, List<String> tokens, byte[] png, int seconds)
			throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		Loop reads = new Loop();
		Loop uploads = new Loop();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.options.get("readers"); i++) {
			threads.add(Thread.ofPlatform().name("reader-" + i).start(() -> reads.loop(client, () -> get, end)));
		}
		for (String token : tokens) {
			threads.add(Thread.ofPlatform()
				.name("uploader")
				.start(() -> uploads.loop(client, () -> upload(token, png), end)));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return new Loop[] { reads, uploads };
	}

	private HttpRequest upload(String token, byte[] png) {
		String boundary = "----bench-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.png\""
				+ "\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(this.base + UPLOAD_PATH))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	/** Requests sent in a loop by several threads: latencies and statuses. */
	private static final class Loop {

		final Map<String, Long> statuses = new ConcurrentHashMap<>();

		private long[] samples = new long[4096];

		int count;

		void loop(HttpClient client, java.util.function.Supplier<HttpRequest> request, long end) {
			while (System.nanoTime() < end) {
				long t0 = System.nanoTime();
				String status;
				try {
					status = Integer.toString(
							client.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode());
				}
				catch (Exception ex) {
					status = ex.getClass().getSimpleName();
				}
				add(System.nanoTime() - t0);
				this.statuses.merge(status, 1L, Long::sum);
			}
		}

		synchronized void add(long nanos) {
			if (this.count == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.count * 2);
			}
			this.samples[this.count++] = nanos;
		}

		synchronized String percentiles() {
			if (this.count == 0) {
				return "–";
			}
			long[] sorted = Arrays.copyOf(this.samples, this.count);
			Arrays.sort(sorted);
			return String.format(Locale.ROOT, "%.1f / %.1f / %.0f", LoadTests.percentileMillis(sorted, 0.50),
					LoadTests.percentileMillis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
		}

	}

	/** A valid one-colour RGB PNG, written row by row (the pixels never in memory). */
	static byte[] solidPng(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array());
		byte[] row = new byte[1 + 3 * width];
		Arrays.fill(row, 1, row.length, (byte) 0xC8);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		byte[] buffer = new byte[64 * 1024];
		for (int y = 0; y < height; y++) {
			deflater.setInput(row);
			while (!deflater.needsInput()) {
				compressed.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			compressed.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		chunk(out, "IDAT", compressed.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
