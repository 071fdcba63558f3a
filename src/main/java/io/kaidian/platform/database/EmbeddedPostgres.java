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
 * clean in a temporary directory and is shared by every Spring context of the JVM until
 * the JVM exits.
 */
final class EmbeddedPostgres {

	private static Log log = LogFactory.getLog(EmbeddedPostgres.class);

	private static final Map<String, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> servers = new HashMap<>();

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
		String key = dataDirectory.toAbsolutePath().normalize().toString();
		var server = servers.get(key);
		if (server == null) {
			server = start(dataDirectory, ephemeral);
			servers.put(key, server);
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	static synchronized void stop(Path dataDirectory) {
		String key = dataDirectory.toAbsolutePath().normalize().toString();
		var server = servers.remove(key);
		if (server != null) {
			close(server);
		}
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
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
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
