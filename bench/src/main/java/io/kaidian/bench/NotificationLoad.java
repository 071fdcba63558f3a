package io.kaidian.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load test of Alipay's asynchronous notifications (docs/benchmarks.md, "Payment
 * notifications"; R-FEE-2): the real application in this JVM on a throw-away embedded
 * PostgreSQL, with Alipay configured with RSA keys made here. Pending Alipay payments are
 * seeded (each of an application with two invoices, so paying one publishes nothing),
 * then signed {@code TRADE_SUCCESS} notifications are posted over real HTTP at a fixed
 * rate, open loop (a slow answer does not slow the sender), half of them duplicates of
 * another sent up to {@code spread} ms later, as Alipay's retries are. Latency is counted
 * from when a request was due, not from when it left. Afterwards the database is checked:
 * every payment paid once, no invoice paid twice, every duplicate recorded as unchanged.
 * <p>
 * Options ({@code --name=value}): {@code rate} (notifications/s, 200), {@code duration}
 * (seconds, 30), {@code warmup} (seconds at the same rate, not counted, 5),
 * {@code duplicates} (percent, 50), {@code spread} (ms, 2000). Any other
 * {@code --name=value} is passed to the application.
 */
public final class NotificationLoad {

	private static final String APP_ID = "2021000000000099";

	private static final String SELLER_ID = "2088000000000099";

	private static final String PATH = "/api/v1/payments/notifications/alipay";

	private static final String AMOUNT = "10000.00";

	private final Map<String, Integer> options;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final PrivateKey alipay;

	private final String base;

	private final Random random = new Random(42);

	private final AtomicLong tradeNumbers = new AtomicLong(1);

	/** The payments of which at least one notification was answered {@code success}. */
	private final Set<String> answered = ConcurrentHashMap.newKeySet();

	private NotificationLoad(Map<String, Integer> options, ConfigurableApplicationContext context,
			PrivateKey alipay) {
		this.options = options;
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.alipay = alipay;
		this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		Map<String, Integer> options = new TreeMap<>(
				Map.of("rate", 200, "duration", 30, "warmup", 5, "duplicates", 50, "spread", 2000));
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
		KeyPair ours = generate();
		KeyPair alipay = generate();
		List<String> settings = List.of("--kaidian.billing.alipay.app-id=" + APP_ID,
				"--kaidian.billing.alipay.seller-id=" + SELLER_ID,
				"--kaidian.billing.alipay.gateway-url=https://openapi.alipay.test/gateway.do",
				"--kaidian.billing.alipay.app-private-key="
						+ Base64.getEncoder().encodeToString(ours.getPrivate().getEncoded()),
				"--kaidian.billing.alipay.alipay-public-key="
						+ Base64.getEncoder().encodeToString(alipay.getPublic().getEncoded()));
		LoadTests.runAndExit(settings, application,
				(context) -> new NotificationLoad(options, context, alipay.getPrivate())::run);
	}

	private void run() throws Exception {
		int rate = this.options.get("rate");
		System.out.println("options " + this.options + ", java " + Runtime.version() + ", "
				+ Runtime.getRuntime().availableProcessors() + " processors, hikari pool "
				+ this.context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "(default)"));
		List<Notification> warmup = schedule(rate * this.options.get("warmup"));
		List<Notification> measured = schedule(rate * this.options.get("duration"));
		System.out.printf(Locale.ROOT, "seeded %d + %d pending Alipay payments; load average before: %s%n",
				unique(warmup), unique(measured), LoadTests.loadAverage());
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build()) {
			send(client, warmup, rate);
			Result result = send(client, measured, rate);
			System.out.println();
			System.out.println("| notifications | of which duplicates | sent/s | answered success/s | p50 / p95 / p99 / max ms "
					+ "| not `success` | load avg after |");
			System.out.println("|---:|---:|---:|---:|---|---:|---|");
			System.out.println(result.row(measured));
		}
		check(warmup, measured);
	}

	/**
	 * Seeds the payments and orders their notifications: each payment's first one in
	 * turn, and for {@code duplicates}% of the total a copy of an earlier one up to
	 * {@code spread} ms after it.
	 */
	private List<Notification> schedule(int total) {
		int duplicates = total * this.options.get("duplicates") / 100;
		int uniques = total - duplicates;
		List<Map<String, String>> signed = seed(uniques);
		double interval = 1000.0 / this.options.get("rate");
		List<Notification> order = new ArrayList<>(total);
		for (int i = 0; i < uniques; i++) {
			order.add(new Notification(signed.get(i), i * interval * total / uniques, false));
		}
		for (int d = 0; d < duplicates; d++) {
			Notification original = order.get(this.random.nextInt(uniques));
			order.add(new Notification(original.parameters(),
					original.at() + this.random.nextDouble() * this.options.get("spread"), true));
		}
		order.sort((a, b) -> Double.compare(a.at(), b.at()));
		// sent evenly at the rate, in that order
		List<Notification> even = new ArrayList<>(total);
		for (int k = 0; k < order.size(); k++) {
			even.add(new Notification(order.get(k).parameters(), k * interval, order.get(k).duplicate()));
		}
		return even;
	}

	/** Pending Alipay payments, each of an annual fee with a deposit beside it; signed notifications. */
	private List<Map<String, String>> seed(int count) {
		List<Object[]> invoices = new ArrayList<>();
		List<Object[]> payments = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		List<Map<String, String>> notifications = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < count; i++) {
			UUID seller = UUID.randomUUID();
			UUID application = UUID.randomUUID();
			UUID annual = UUID.randomUUID();
			UUID payment = UUID.randomUUID();
			invoices.add(new Object[] { annual, seller, "KDBENCH" + i, application, "ANNUAL_FEE", now });
			invoices.add(new Object[] { UUID.randomUUID(), seller, "KDBENCH" + i, application, "DEPOSIT", now });
			payments.add(new Object[] { payment, annual, seller, now });
			events.add(new Object[] { payment, annual, now });
			Map<String, String> parameters = new TreeMap<>();
			parameters.put("app_id", APP_ID);
			parameters.put("seller_id", SELLER_ID);
			parameters.put("out_trade_no", payment.toString());
			parameters.put("trade_no",
					"2026120322" + String.format(Locale.ROOT, "%018d", this.tradeNumbers.getAndIncrement()));
			parameters.put("total_amount", AMOUNT);
			parameters.put("trade_status", "TRADE_SUCCESS");
			parameters.put("notify_id", UUID.randomUUID().toString());
			notifications.add(sign(parameters));
		}
		this.jdbc.batchUpdate("INSERT INTO billing_invoice (id, seller_id, member_id, application_id, kind, "
				+ "business_scope, sales_plan, amount, currency, issued_at) VALUES (?, ?, ?, ?, ?, 'APPAREL', "
				+ "'BASIC', " + AMOUNT + ", 'CNY', ?)", invoices);
		this.jdbc.batchUpdate("INSERT INTO billing_payment (id, invoice_id, attempt, provider, amount, currency, "
				+ "created_by, created_at) VALUES (?, ?, 1, 'ALIPAY', " + AMOUNT + ", 'CNY', ?, ?)", payments);
		this.jdbc.batchUpdate("INSERT INTO billing_payment_event (payment_id, invoice_id, status, actor, at) "
				+ "VALUES (?, ?, 'PENDING', 'bench', ?)", events);
		return notifications;
	}

	/** Posts each notification when it is due, without waiting for the answers before. */
	private Result send(HttpClient client, List<Notification> notifications, int rate) throws Exception {
		long[] latencies = new long[notifications.size()];
		AtomicInteger notSuccess = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<CompletableFuture<Void>> answers = new ArrayList<>(notifications.size());
		long start = System.nanoTime() + 50_000_000L;
		for (int k = 0; k < notifications.size(); k++) {
			long due = start + (long) (notifications.get(k).at() * 1_000_000L);
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			int index = k;
			answers.add(client.sendAsync(request(notifications.get(k).parameters()), HttpResponse.BodyHandlers.ofString())
				.handle((response, error) -> {
					latencies[index] = System.nanoTime() - due;
					boolean success = error == null && response.statusCode() == 200
							&& "success".equals(response.body());
					if (success) {
						this.answered.add(notifications.get(index).parameters().get("out_trade_no"));
					}
					else {
						notSuccess.incrementAndGet();
						if (failures.size() < 5) {
							failures.add(error != null ? error.toString()
									: response.statusCode() + " " + response.body());
						}
					}
					return null;
				}));
		}
		long sent = System.nanoTime();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
		long done = System.nanoTime();
		failures.forEach((failure) -> System.out.println("  not success: " + failure));
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		return new Result(notifications.size() / ((sent - start) / 1e9),
				(notifications.size() - notSuccess.get()) / ((done - start) / 1e9), sorted, notSuccess.get());
	}

	private HttpRequest request(Map<String, String> parameters) {
		String form = parameters.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(this.base + PATH))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	/**
	 * R-FEE-2 after the load: no invoice and no payment paid twice, the service's
	 * double-payment counter at zero, none refused, one notification applied per paid
	 * payment, and every payment that was answered {@code success} at least once paid. A
	 * notification not answered {@code success} (an overloaded service's timeout or
	 * {@code 500}) is one Alipay sends again, so its payment may still be pending.
	 */
	private void check(List<Notification> warmup, List<Notification> measured) {
		int payments = unique(warmup) + unique(measured);
		int total = warmup.size() + measured.size();
		long paid = count("SELECT count(*) FROM billing_payment_event WHERE status = 'PAID'");
		long paidTwice = count("SELECT count(*) FROM (SELECT invoice_id FROM billing_payment_event "
				+ "WHERE status = 'PAID' GROUP BY invoice_id HAVING count(*) > 1) twice");
		long paymentsPaidTwice = count("SELECT count(*) FROM (SELECT payment_id FROM billing_payment_event "
				+ "WHERE status = 'PAID' GROUP BY payment_id HAVING count(*) > 1) twice");
		long applied = count("SELECT count(*) FROM billing_notification WHERE outcome = 'APPLIED'");
		long unchanged = count("SELECT count(*) FROM billing_notification WHERE outcome = 'UNCHANGED'");
		long refused = count("SELECT count(*) FROM billing_notification WHERE outcome = 'REFUSED'");
		long answeredPaid = this.answered.isEmpty() ? 0
				: count("SELECT count(DISTINCT payment_id) FROM billing_payment_event WHERE status = 'PAID' "
						+ "AND payment_id::text IN ('" + String.join("','", this.answered) + "')");
		double doubles = this.context.getBean(MeterRegistry.class)
			.counter("kaidian.billing.notifications", "outcome", "double-payment")
			.count();
		System.out.printf(Locale.ROOT,
				"database: %d payments seeded, %d paid; invoices paid twice %d, payments paid twice %d; "
						+ "notifications applied %d, unchanged %d, refused %d (sent %d); double-payment counter %.0f; "
						+ "payments answered success %d, of them paid %d%n",
				payments, paid, paidTwice, paymentsPaidTwice, applied, unchanged, refused, total, doubles,
				this.answered.size(), answeredPaid);
		if (paidTwice != 0 || paymentsPaidTwice != 0 || doubles != 0 || refused != 0 || applied != paid
				|| answeredPaid != this.answered.size()) {
			throw new IllegalStateException("R-FEE-2 broken under load: see the line above");
		}
		System.out.println("check: zero double payments; every payment answered success is paid once");
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	private static int unique(List<Notification> notifications) {
		return (int) notifications.stream().filter((n) -> !n.duplicate()).count();
	}

	/** Alipay's RSA2 signature over the sorted parameters without sign and sign_type. */
	private Map<String, String> sign(Map<String, String> parameters) {
		String content = parameters.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(this.alipay);
			signature.update(content.getBytes(StandardCharsets.UTF_8));
			Map<String, String> signed = new TreeMap<>(parameters);
			signed.put("sign_type", "RSA2");
			signed.put("sign", Base64.getEncoder().encodeToString(signature.sign()));
			return signed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	/** One notification to post, {@code at} ms after the phase starts. */
	private record Notification(Map<String, String> parameters, double at, boolean duplicate) {
	}

	/**
	 * A phase's figures.
	 *
	 * @param sentRate notifications sent per second
	 * @param handledRate notifications answered {@code success} per second, until the
	 * last answer
	 * @param sorted the latencies from when each was due, nanoseconds, sorted
	 * @param notSuccess notifications answered otherwise (timeout, 500)
	 */
	private record Result(double sentRate, double handledRate, long[] sorted, int notSuccess) {

		String row(List<Notification> notifications) {
			return String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f / %.1f / %.1f / %.1f | %d | %s |",
					notifications.size(), notifications.size() - unique(notifications), this.sentRate,
					this.handledRate, LoadTests.percentileMillis(this.sorted, 0.50),
					LoadTests.percentileMillis(this.sorted, 0.95), LoadTests.percentileMillis(this.sorted, 0.99),
					this.sorted[this.sorted.length - 1] / 1e6, this.notSuccess, LoadTests.loadAverage());
		}

	}

}
