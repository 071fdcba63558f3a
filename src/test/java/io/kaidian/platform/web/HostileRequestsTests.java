package io.kaidian.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.DatabaseSnapshot;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the API, each with a table of hostile requests: NUL and bidi text in
 * parameters, path values of the wrong type or absurd length, broken and wrongly typed
 * JSON, deep nesting, broken multipart bodies. Each answers a {@code 4xx} problem (the
 * expected one where the table names it), never a {@code 5xx}, and the database is
 * unchanged afterwards (ADR 0020).
 */
class HostileRequestsTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Any answer but a server error: a lookup by an odd identifier may find nothing. */
	private static final int ANY_BUT_5XX = -1;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Outbox outbox;

	private Map<String, String> tokens;

	@BeforeEach
	void callers() {
		this.tokens = AreaCallers.tokens(this.api, mail, this.outbox);
	}

	@Test
	void everyEndpointAnswersHostileRequestsWithA4xxProblemAndChangesNothing() throws Exception {
		ApiShapes shapes = ApiShapes.read(this.api);
		Map<String, String> before = DatabaseSnapshot.settled(this.jdbc);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (ApiShapes.Operation operation : shapes.operations()) {
			if (operation.path().startsWith("/api/v1/test/")) {
				// the test suite's own endpoints (FailingTestApi, IdempotencyTestApi)
				continue;
			}
			for (Hostile hostile : table(shapes, operation)) {
				HttpResponse<String> reply = send(operation, hostile);
				sent++;
				String failure = judge(reply, hostile.status());
				if (failure != null) {
					failures.add(operation + " " + hostile.name() + ": " + failure);
				}
			}
		}

		assertThat(sent).isGreaterThan(150);
		assertThat(failures).isEmpty();
		assertThat(DatabaseSnapshot.of(this.jdbc)).isEqualTo(before);
	}

	/** The hostile requests for one operation, with the status expected (0: any 4xx). */
	private List<Hostile> table(ApiShapes shapes, ApiShapes.Operation operation) {
		Map<String, String> valid = validPath(operation);
		List<Hostile> table = new ArrayList<>();
		String query = operation.parameters()
			.stream()
			.filter((parameter) -> !parameter.inPath())
			.map(ApiShapes.Parameter::name)
			.findFirst()
			.orElse("q");
		table.add(new Hostile("NUL in a query parameter", valid, query + "=a%00b", null, null, 422));
		table.add(new Hostile("bidi override in a query parameter", valid, query + "=a%E2%80%AEb", null, null, 422));
		for (ApiShapes.Parameter parameter : operation.parameters()) {
			if (parameter.inPath()) {
				// identifiers, not text: a lookup may find nothing (200 with an empty
				// list)
				table.add(new Hostile("bidi in path " + parameter.name(), with(valid, parameter, "x%E2%80%AEy"), null,
						null, null, ANY_BUT_5XX));
				table.add(new Hostile("long path " + parameter.name(), with(valid, parameter, "9".repeat(3000)), null,
						null, null, ANY_BUT_5XX));
				if (!parameter.schema().path("type").asString("string").equals("string")
						|| parameter.schema().has("format") || parameter.schema().has("enum")) {
					// an upload sent without its body is refused for that first (415)
					table.add(new Hostile("wrong type of path " + parameter.name(),
							with(valid, parameter, "not-of-this-type"), null, null, null,
							operation.multipart() ? 0 : 400));
				}
			}
			else if (!parameter.schema().path("type").asString("string").equals("string")
					|| parameter.schema().has("enum")) {
				table.add(new Hostile("wrong type of query " + parameter.name(), valid,
						parameter.name() + "=not-of-this-type", null, null, 400));
			}
		}
		if (operation.jsonBody() != null) {
			Object sample = shapes.sample(operation.jsonBody());
			table.add(json("broken JSON", valid, "{\"a\": ", 400));
			table.add(json("a JSON text instead of the body", valid, "\"text\"", 400));
			table.add(json("wrongly typed scalars", valid, JSON.writeValueAsString(mistype(sample)), 400));
			if (!shapes.textFields(operation.jsonBody()).isEmpty()) {
				table.add(json("NUL in every text field", valid,
						JSON.writeValueAsString(withText(shapes, operation, "a\u0000b")), 422));
			}
			table.add(json("deep nesting", valid, "[".repeat(5000) + "]".repeat(5000), 400));
			table.add(new Hostile("text/plain body", valid, null, "text/plain", "hello", 415));
		}
		if (operation.multipart()) {
			table.add(new Hostile("multipart without boundary", valid, null, "multipart/form-data", "garbage", 400));
			table.add(new Hostile("multipart cut off", valid, null, "multipart/form-data; boundary=b",
					"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc", 400));
		}
		return table;
	}

	private static Hostile json(String name, Map<String, String> path, String body, int status) {
		return new Hostile(name, path, null, "application/json", body, status);
	}

	/** Every text replaced by a number, every number by text, every boolean by text. */
	@SuppressWarnings("unchecked")
	private static Object mistype(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new java.util.LinkedHashMap<>();
			map.forEach((key, item) -> copy.put((String) key, mistype(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(HostileRequestsTests::mistype).toList();
		}
		return value instanceof String ? (Object) 12345 : value instanceof Boolean ? "yes" : "5";
	}

	private static Object withText(ApiShapes shapes, ApiShapes.Operation operation, String text) {
		Object sample = shapes.sample(operation.jsonBody());
		for (String field : shapes.textFields(operation.jsonBody())) {
			sample = ApiShapes.replace(sample, field, text);
		}
		return sample;
	}

	private static Map<String, String> validPath(ApiShapes.Operation operation) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		operation.parameters()
			.stream()
			.filter(ApiShapes.Parameter::inPath)
			.forEach((parameter) -> values.put(parameter.name(), HostileInputWalkTests.pathValue(parameter)));
		return values;
	}

	private static Map<String, String> with(Map<String, String> path, ApiShapes.Parameter parameter, String value) {
		Map<String, String> values = new java.util.LinkedHashMap<>(path);
		values.put(parameter.name(), value);
		return values;
	}

	private HttpResponse<String> send(ApiShapes.Operation operation, Hostile hostile) throws Exception {
		String path = operation.path();
		for (Map.Entry<String, String> value : hostile.path().entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(baseUrl() + path + (hostile.query() != null ? "?" + hostile.query() : "")))
			.method(operation.method(),
					hostile.body() != null ? HttpRequest.BodyPublishers.ofString(hostile.body())
							: HttpRequest.BodyPublishers.noBody())
			.header("Accept", "application/json");
		if (hostile.contentType() != null) {
			request.header("Content-Type", hostile.contentType());
		}
		for (String area : List.of("admin", "review", "me")) {
			if (operation.path().startsWith("/api/v1/" + area + "/") || operation.path().equals("/api/v1/" + area)) {
				request.header("Authorization", "Bearer " + this.tokens.get(area));
			}
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** What is wrong with the answer, or {@code null}. */
	private static String judge(HttpResponse<String> reply, int expected) {
		int status = reply.statusCode();
		if (expected == ANY_BUT_5XX ? status >= 500
				: expected != 0 ? status != expected : (status < 400 || status >= 500)) {
			return "status " + status + " " + reply.body();
		}
		if (status < 400) {
			return null;
		}
		if (!reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			return "not problem details: " + reply.headers().firstValue("Content-Type").orElse("none");
		}
		JsonNode problem = JSON.readTree(reply.body());
		if (problem.path("code").asString("").isBlank() || problem.path("detail").asString("").isBlank()) {
			return "no code or detail: " + reply.body();
		}
		return null;
	}

	/**
	 * One hostile request.
	 *
	 * @param name what is hostile about it
	 * @param path the values of the path parameters
	 * @param query the query string, if any
	 * @param contentType the body's type, if any
	 * @param body the body, if any
	 * @param status the status expected, 0 for any 4xx, {@link #ANY_BUT_5XX}
	 */
	private record Hostile(String name, Map<String, String> path, String query, String contentType, String body,
			int status) {
	}

}
