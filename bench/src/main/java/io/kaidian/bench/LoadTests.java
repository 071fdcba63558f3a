package io.kaidian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.kaidian.KaidianApplication;

/**
 * What the load tests (plain main classes, not JMH) share: the real application started
 * in this JVM on a throw-away embedded PostgreSQL, the run and the exit code, the
 * machine's load average, and latency percentiles.
 */
final class LoadTests {

	private LoadTests() {
	}

	/** A load test with the application it drives. */
	interface Run {

		void run() throws Exception;

	}

	/**
	 * Starts the application ({@code bench} profile, ephemeral embedded PostgreSQL in a
	 * temporary data directory, random port, no scheduler, no demo accounts, logging at
	 * WARN), with the test's own settings and then the caller's {@code --name=value}
	 * settings, runs the load test it makes of the context, closes the context and exits
	 * the JVM: 0, or 1 when the test threw.
	 */
	static void runAndExit(List<String> settings, List<String> application,
			Function<ConfigurableApplicationContext, Run> test) throws IOException {
		long started = System.nanoTime();
		Path dataDirectory = Files.createTempDirectory("kaidian-bench-");
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=bench",
				"--kaidian.database.embedded.ephemeral=true", "--server.port=0",
				"--kaidian.data-directory=" + dataDirectory, "--db-scheduler.enabled=false",
				"--kaidian.account.demo.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		arguments.addAll(settings);
		// any other --name=value is a setting of the application's
		arguments.addAll(application);
		ConfigurableApplicationContext context = SpringApplication.run(KaidianApplication.class,
				arguments.toArray(String[]::new));
		System.out.printf(Locale.ROOT, "application started in %.1f s%n", (System.nanoTime() - started) / 1e9);
		int exit = 0;
		try {
			test.apply(context).run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exit = 1;
		}
		finally {
			context.close();
		}
		System.exit(exit);
	}

	/** The 1, 5 and 15 minute load averages, {@code ?} where unknown. */
	static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** The q-quantile of sorted nanosecond latencies, in milliseconds. */
	static double percentileMillis(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
	}

}
