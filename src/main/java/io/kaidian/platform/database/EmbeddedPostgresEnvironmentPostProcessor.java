package io.kaidian.platform.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL before the data source is configured, unless
 * {@code spring.datasource.url} points at a server of the operator's.
 * <p>
 * Settings: {@code kaidian.database.embedded.enabled} (default {@code true}),
 * {@code kaidian.database.embedded.ephemeral} (default {@code false}: the data survive
 * restarts) and {@code kaidian.database.embedded.data-directory} (default
 * {@code ${kaidian.data-directory}/postgres}, i.e. {@code ./data/postgres}). See ADR
 * 0002.
 */
class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "kaidianEmbeddedPostgres";

	EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logs) {
		EmbeddedPostgres.useLog(logs.getLog(EmbeddedPostgres.class));
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("kaidian.database.embedded.enabled", Boolean.class, true)) {
			return;
		}
		boolean ephemeral = environment.getProperty("kaidian.database.embedded.ephemeral", Boolean.class, false);
		Path dataDirectory = ephemeral ? EphemeralDirectory.INSTANCE : persistentDirectory(environment);
		String url = EmbeddedPostgres.jdbcUrl(dataDirectory, ephemeral);
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("spring.datasource.url", url,
					"spring.datasource.username", "postgres", "spring.datasource.password", "postgres")));
		// registered before any other bean, so destroyed after all of them (the pool, the
		// scheduler, the event registry): the server stops last, or, shared by the test
		// contexts of a JVM, when the last of them closes
		application.addInitializers(context -> {
			if (context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
				EmbeddedPostgres.use(dataDirectory);
				beanFactory.registerDisposableBean("embeddedPostgresShutdown",
						() -> EmbeddedPostgres.release(dataDirectory, ephemeral));
			}
		});
	}

	private static Path persistentDirectory(ConfigurableEnvironment environment) {
		String configured = environment.getProperty("kaidian.database.embedded.data-directory");
		if (StringUtils.hasText(configured)) {
			return Path.of(configured);
		}
		return Path.of(environment.getProperty("kaidian.data-directory", "./data"), "postgres");
	}

	@Override
	public int getOrder() {
		// after the config files are read, so application.yml and profiles can configure
		// it
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The one clean directory an ephemeral (test) server uses for the life of the JVM.
	 */
	private static final class EphemeralDirectory {

		static final Path INSTANCE = EmbeddedPostgres.temporaryDirectory();

	}

}
