package io.kaidian.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.KaidianApplication;
import io.kaidian.platform.crypto.DevelopmentKeyRefusedException;
import io.kaidian.support.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The service is safe as it starts (ADR 0021): a plain start, with no profile, creates no
 * account whose password is published (the demo's); the {@code prod} profile refuses to
 * start on a generated development key and says which property to set, and started with
 * keys of its own it hides the API description and marks the session cookie Secure. Each
 * start is the real application, on the test JVM's embedded PostgreSQL, with its keys in
 * a temporary directory.
 */
class SafeStartupTests {

	private static final String AEAD = "{\"primaryKeyId\":3249696039,\"key\":[{\"keyData\":{\"typeUrl\":"
			+ "\"type.googleapis.com/google.crypto.tink.AesGcmKey\",\"value\":"
			+ "\"GiAzGdsVsanc4WqOecO2cwgYyFlcOq/KISW6JBKO4+k9zQ==\",\"keyMaterialType\":\"SYMMETRIC\"},"
			+ "\"status\":\"ENABLED\",\"keyId\":3249696039,\"outputPrefixType\":\"TINK\"}]}";

	private static final String PRF = "{\"primaryKeyId\":2727710079,\"key\":[{\"keyData\":{\"typeUrl\":"
			+ "\"type.googleapis.com/google.crypto.tink.HmacPrfKey\",\"value\":"
			+ "\"EgIIAxogNLV1bfbuL/4fHj/ZxgHqp99jxOYYur7xdyKlafDqSr4=\",\"keyMaterialType\":\"SYMMETRIC\"},"
			+ "\"status\":\"ENABLED\",\"keyId\":2727710079,\"outputPrefixType\":\"RAW\"}]}";

	/** Every key the prod profile needs, set as an operator would. */
	private static final Map<String, String> KEYS = Map.of("kaidian.documents.keyset", AEAD,
			"kaidian.identity.aead-keyset", AEAD, "kaidian.identity.prf-keyset", PRF,
			"kaidian.api.idempotency.fingerprint-keyset", PRF, "kaidian.account.verification.hash-key",
			"dGVzdC1vbmx5LWtleS1mb3ItdmVyaWZpY2F0aW9uLWNvZGVzLTMyYg==");

	private static final Map<String, String> DEMO_STAFF = Map.of("operator@demo.kaidian.local", "Kaidian-demo-1",
			"reviewer@demo.kaidian.local", "Kaidian-demo-2");

	@Test
	void aPlainStartCreatesNoDemoAccount(@TempDir Path data) {
		try (ConfigurableApplicationContext plain = start(data, List.of(), Map.of())) {
			assertThat(plain.getEnvironment().getActiveProfiles()).isEmpty();
			Api api = new Api("http://localhost:" + plain.getEnvironment().getProperty("local.server.port"));
			DEMO_STAFF.forEach((email,
					password) -> assertThat(
							api.post("/api/v1/sessions", Map.of("email", email, "password", password)).send().status())
						.as(email)
						.isEqualTo(401));
			assertThat(plain.getBean(JdbcClient.class)
				.sql("SELECT count(*) FROM login_email WHERE email_normalized IN (:emails)")
				.param("emails", DEMO_STAFF.keySet())
				.query(Long.class)
				.single()).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "kaidian.documents.keyset", "kaidian.identity.aead-keyset", "kaidian.identity.prf-keyset",
			"kaidian.api.idempotency.fingerprint-keyset", "kaidian.account.verification.hash-key" })
	void theProdProfileRefusesADevelopmentKeyAndNamesTheProperty(String unset, @TempDir Path data) {
		Map<String, String> keys = new LinkedHashMap<>(KEYS);
		keys.remove(unset);

		Throwable failure = catchThrowable(() -> start(data, List.of("prod"), keys).close());

		DevelopmentKeyRefusedException refusal = cause(failure);
		assertThat(refusal).as("start with %s unset", unset).isNotNull();
		assertThat(refusal.setting()).isEqualTo(unset);
		// what the operator reads instead of a stack trace
		FailureAnalysis analysis = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, (type, name, ex) -> {
				// analyzers that need the context's beans are not needed here
			})
			.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
		assertThat(analysis.getDescription()).contains(unset, "development key");
		assertThat(analysis.getAction()).contains("Set " + unset, "docs/guide/operations.md");
		assertThat(data.resolve("keys")).doesNotExist();
	}

	@Test
	void theProdProfileStartsWithItsOwnKeysAndKeepsTheApiDescriptionPrivate(@TempDir Path data) {
		try (ConfigurableApplicationContext prod = start(data, List.of("prod"), KEYS)) {
			Api api = new Api("http://localhost:" + prod.getEnvironment().getProperty("local.server.port"));
			assertThat(api.get("/v3/api-docs").send().status()).isEqualTo(404);
			assertThat(api.get("/swagger-ui.html").send().status()).isEqualTo(404);
			assertThat(api.get("/").header("Accept", "text/html").send().text()).contains("</footer>")
				.doesNotContain("swagger-ui");
			Api.Reply health = api.get("/actuator/health").send();
			assertThat(health.status()).isEqualTo(200);
			assertThat(health.header("Strict-Transport-Security")).startsWith("max-age=31536000");
			assertThat(api.get("/sign-in")
				.header("Accept", "text/html")
				.send()
				.response()
				.headers()
				.allValues("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));
			assertThat(data.resolve("keys")).doesNotExist();
		}
	}

	private static ConfigurableApplicationContext start(Path data, List<String> profiles, Map<String, String> keys) {
		List<String> arguments = new ArrayList<>(
				List.of("--kaidian.data-directory=" + data, "--kaidian.database.embedded.ephemeral=true",
						"--server.port=0", "--db-scheduler.enabled=false", "--spring.main.banner-mode=off"));
		keys.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return new SpringApplicationBuilder(KaidianApplication.class).profiles(profiles.toArray(String[]::new))
			.run(arguments.toArray(String[]::new));
	}

	private static DevelopmentKeyRefusedException cause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DevelopmentKeyRefusedException refusal) {
				return refusal;
			}
		}
		return null;
	}

}
