package io.kaidian.platform.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL servers of this JVM, one per data directory.
 * <p>
 * A persistent server keeps its files in a directory (by default {@code ./data/postgres})
 * so a second start finds the first start's rows. An ephemeral server (tests) starts
 * clean in a temporary directory and is shared by every Spring context of the JVM until
 * the JVM exits.
 */
final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final Map<String, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> servers = new HashMap<>();

	private EmbeddedPostgres() {
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
			var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory.toFile())
				.setCleanDataDirectory(ephemeral)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "200")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms){}", server.getPort(),
					dataDirectory.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000,
					ephemeral ? ", ephemeral" : "");
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
