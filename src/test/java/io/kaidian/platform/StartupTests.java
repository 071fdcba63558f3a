package io.kaidian.platform;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts on the embedded PostgreSQL with its schema, jobs, metrics and API
 * docs; of the management endpoints only health is public (ADR 0021).
 */
class StartupTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthIsUpWithTheDatabase() {
		Api.Reply reply = this.api.get("/actuator/health").send();

		assertThat(reply.status()).isEqualTo(200);
		JsonNode health = reply.json();
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void runsOnEmbeddedPostgres18WithEveryMigrationApplied() {
		String version = this.jdbc.sql("SHOW server_version").query(String.class).single();
		assertThat(version).startsWith("18.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success = false")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("SELECT to_regclass('event_publication') IS NOT NULL AND "
					+ "to_regclass('scheduled_tasks') IS NOT NULL")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theEventRetryTaskIsScheduledInTheDatabase() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :name")
			.param("name", "resubmit-incomplete-event-publications")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void prometheusMetricsAreForOperatorsOnly() {
		Api.Reply anonymous = this.api.get("/actuator/prometheus").header("Accept", "text/plain").send();
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(this.api.get("/actuator/info").send().status()).isEqualTo(401);
		StaffFixtures staff = new StaffFixtures(this.api);
		Api.Reply reviewer = this.api.get("/actuator/prometheus")
			.header("Accept", "text/plain")
			.token(staff.tokenFor("REVIEWER"))
			.send();
		assertThat(reviewer.status()).isEqualTo(403);

		Api.Reply operator = this.api.get("/actuator/prometheus")
			.header("Accept", "text/plain")
			.token(staff.operatorToken())
			.send();

		assertThat(operator.status()).isEqualTo(200);
		assertThat(operator.text()).contains("jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void healthAndItsProbesArePublic() {
		assertThat(this.api.get("/actuator/health/liveness").send().status()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health/readiness").send().status()).isEqualTo(200);
	}

	@Test
	void openApiDescribesTheContract() {
		Api.Reply reply = this.api.get("/v3/api-docs").send();

		assertThat(reply.status()).isEqualTo(200);
		JsonNode paths = reply.json().get("paths");
		assertThat(paths.has("/api/v1/sessions")).isTrue();
		assertThat(paths.has("/api/v1/sessions/current")).isTrue();
		assertThat(paths.has("/api/v1/admin/staff")).isTrue();
		assertThat(paths.has("/api/v1/admin/outbox")).isTrue();
		assertThat(this.api.get("/swagger-ui.html").send().status()).isIn(200, 302);
	}

}
