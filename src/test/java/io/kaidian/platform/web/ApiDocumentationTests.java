package io.kaidian.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is one a client can work from: a real title and version, the
 * bearer scheme Swagger UI's "Authorize" uses, and every operation with a summary and one
 * of the declared tags. An endpoint added without its Javadoc or its {@code @Tag} fails
 * here.
 */
class ApiDocumentationTests extends IntegrationTest {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Test
	void theDocumentHasATitleAVersionAndTheBearerScheme() {
		JsonNode document = this.api.get("/v3/api-docs").send().json();

		assertThat(document.get("info").get("title").asString()).isEqualTo("Kaidian API");
		assertThat(document.get("info").get("version").asString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
		JsonNode bearer = document.get("components").get("securitySchemes").get(ApiDocsConfiguration.BEARER);
		assertThat(bearer.get("type").asString()).isEqualTo("http");
		assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
		assertThat(document.get("security").get(0).has(ApiDocsConfiguration.BEARER)).isTrue();
	}

	@Test
	void everyOperationHasASummaryAndADeclaredTag() {
		JsonNode document = this.api.get("/v3/api-docs").send().json();
		Set<String> declared = document.get("tags")
			.valueStream()
			.filter((tag) -> tag.hasNonNull("description") && !tag.get("description").asString().isBlank())
			.map((tag) -> tag.get("name").asString())
			.collect(Collectors.toSet());
		assertThat(declared).containsAll(ApiTags.all().stream().map((tag) -> tag.getName()).toList());

		List<String> operations = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			// the test suite's own controllers under /api/v1/test are not the API
			if (!METHODS.contains(entry.getKey()) || path.getKey().startsWith("/api/v1/test/")) {
				return;
			}
			String operation = entry.getKey().toUpperCase() + " " + path.getKey();
			operations.add(operation);
			JsonNode summary = entry.getValue().get("summary");
			if (summary == null || summary.asString().isBlank()) {
				missing.add(operation + ": no summary (a Javadoc sentence or @Operation(summary))");
			}
			JsonNode tags = entry.getValue().get("tags");
			if (tags == null || tags.isEmpty()
					|| !tags.valueStream().map(JsonNode::asString).allMatch(declared::contains)) {
				missing.add(operation + ": tags " + tags + " are not among the declared " + declared
						+ " (@Tag(name = ApiTags.X) on the controller)");
			}
		}));

		assertThat(operations).hasSizeGreaterThan(40).contains("POST /api/v1/sessions", "GET /api/v1/business-scopes");
		assertThat(missing).isEmpty();
	}

}
