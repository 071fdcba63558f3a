package io.kaidian.platform.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory.
 * <p>
 * A persistent server keeps its files in a directory (by default {@code ./data/postgres})
 * so a second start finds the first start's rows. An ephemeral server (tests) starts
 * clean in a temporary directory and is shared by every Spring context of the JVM; it
 * stops at the JVM's exit once the contexts closing then have given it back: stopped
 * earlier, their closing pool and scheduler would wait on a server that is gone.
 */
final class EmbeddedPostgres {

	private static Log log = LogFactory.getLog(EmbeddedPostgres.class);

	private static final Map<String, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> servers = new HashMap<>();

	/** How many open Spring contexts use each server. */
	private static final Map<String, Integer> users = new HashMap<>();

	/** How long the JVM's exit waits for closing contexts to give their server back. */
	private static final long EXIT_WAIT_MILLIS = 10_000;

	private EmbeddedPostgres() {
	}

	/**
	 * Logs through the deferred log of the environment post-processor, replayed once
	 * logging is up.
	 */
	static synchronized void useLog(Log deferred) {
		log = deferred;
	}

	static synchronized String jdbcUrl(Path dataDirectory, boolean ephemeral) {
		String key = key(dataDirectory);
		var server = servers.get(key);
		if (server == null) {
			server = start(dataDirectory, ephemeral);
			servers.put(key, server);
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	static synchronized void stop(Path dataDirectory) {
		String key = key(dataDirectory);
		var server = servers.remove(key);
		users.remove(key);
		if (server != null) {
			close(server);
		}
		EmbeddedPostgres.class.notifyAll();
	}

	/** A Spring context starts using the server of that directory. */
	static synchronized void use(Path dataDirectory) {
		users.merge(key(dataDirectory), 1, Integer::sum);
	}

	/**
	 * A Spring context using the server closed: the last one out stops a persistent
	 * server. An ephemeral one stays up for the JVM's next context (a start and its
	 * migrations cost seconds) and stops at the JVM's exit.
	 */
	static synchronized void release(Path dataDirectory, boolean ephemeral) {
		String key = key(dataDirectory);
		if (users.merge(key, -1, Integer::sum) <= 0 && !ephemeral) {
			stop(dataDirectory);
		}
		EmbeddedPostgres.class.notifyAll();
	}

	/**
	 * At the JVM's exit: waits a while for the contexts closing at the same time to
	 * release the server, then stops it if one did not.
	 */
	private static synchronized void stopAtExit(Path dataDirectory) {
		long until = System.currentTimeMillis() + EXIT_WAIT_MILLIS;
		try {
			while (users.getOrDefault(key(dataDirectory), 0) > 0 && System.currentTimeMillis() < until) {
				EmbeddedPostgres.class.wait(Math.max(1, until - System.currentTimeMillis()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stop(dataDirectory);
	}

	private static String key(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().normalize().toString();
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path dataDirectory, boolean ephemeral) {
		try {
			Files.createDirectories(dataDirectory);
			long started = System.nanoTime();
			var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory.toFile())
				.setCleanDataDirectory(ephemeral)
				// stopped by us, after the connection pool and the scheduler are closed,
				// never by a
				// JVM shutdown hook racing the application's own shutdown
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "200");
			if (!ephemeral) {
				// zonky starts PostgreSQL with fsync and synchronous commit off, which
				// suits
				// throw-away test data only: data that must survive gets the durable
				// defaults
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
			}
			var server = builder.start();
			log.info("Embedded PostgreSQL started on port " + server.getPort() + " with data in "
					+ dataDirectory.toAbsolutePath() + " (" + (System.nanoTime() - started) / 1_000_000 + " ms"
					+ (ephemeral ? ", ephemeral)" : ")"));
			if (ephemeral) {
				Runtime.getRuntime()
					.addShutdownHook(new Thread(() -> stopAtExit(dataDirectory), "embedded-postgres-stop"));
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	static Path temporaryDirectory() {
		try {
			File dir = Files.createTempDirectory("kaidian-pg-").toFile();
			dir.deleteOnExit();
			return dir.toPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
