package io.kaidian.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.kaidian.KaidianApplication;
import io.kaidian.account.StaffDirectory;
import io.kaidian.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no database configured, the service keeps its embedded PostgreSQL's files in the
 * data directory ({@code ./data/postgres} by default), so a second start finds the first
 * start's rows. Runs the real application twice against a temporary data directory.
 */
class EmbeddedDatabaseRestartTests {

	@Test
	void dataSurvivesARestart(@TempDir Path dataDirectory) {
		String email = "survivor@kaidian.test";

		try (ConfigurableApplicationContext first = start(dataDirectory)) {
			first.getBean(StaffDirectory.class)
				.create(new StaffDirectory.NewStaff(email, "Survives-restart-1", "Survivor", Set.of(Role.REVIEWER)),
						null);
		}
		assertThat(Files.exists(dataDirectory.resolve("postgres").resolve("PG_VERSION"))).isTrue();

		try (ConfigurableApplicationContext second = start(dataDirectory)) {
			assertThat(second.getBean(StaffDirectory.class).exists(email)).isTrue();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDirectory) {
		return new SpringApplicationBuilder(KaidianApplication.class).profiles("restart-test")
			.run("--kaidian.data-directory=" + dataDirectory, "--kaidian.database.embedded.ephemeral=false",
					"--server.port=0", "--db-scheduler.enabled=false", "--spring.main.banner-mode=off");
	}

}
