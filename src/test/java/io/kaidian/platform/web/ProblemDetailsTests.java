package io.kaidian.platform.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API is RFC 9457 problem details with a stable code (API.md,
 * "Conventions").
 */
class ProblemDetailsTests extends IntegrationTest {

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
	}

	@Test
	void malformedBodyIs400WithProblemDetails() {
		Api.Reply reply = this.api.post("/api/v1/sessions", "{\"email\": ").send();

		assertProblem(reply, 400, "MALFORMED_REQUEST");
	}

	@Test
	void wrongTypeOfFieldNamesTheField() {
		Api.Reply reply = this.api
			.post("/api/v1/admin/staff",
					"{\"email\":\"a@b.cn\",\"password\":\"x\"," + "\"name\":\"n\",\"roles\":[\"JANITOR\"]}")
			.token(this.staff.operatorToken())
			.send();

		JsonNode body = assertProblem(reply, 400, "MALFORMED_REQUEST");
		assertThat(body.get("errors").get(0).get("field").asString()).startsWith("roles");
		assertThat(body.get("errors").get(0).get("code").asString()).isEqualTo("INVALID_VALUE");
	}

	@Test
	void unknownPathIs404() {
		Api.Reply reply = this.api.get("/api/v1/no-such-thing").token(this.staff.operatorToken()).send();

		JsonNode body = assertProblem(reply, 404, "NOT_FOUND");
		assertThat(body.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
	}

	@Test
	void wrongMethodIs405() {
		Api.Reply reply = this.api.put("/api/v1/sessions", Map.of()).token(this.staff.operatorToken()).send();

		assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
		assertThat(reply.header("Allow")).contains("POST");
	}

	@Test
	void wrongContentTypeIs415() {
		Api.Reply reply = this.api.post("/api/v1/sessions", "email=a")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.send();

		assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void oversizedBodyIs413AndIsNotRead() {
		String huge = "{\"email\": \"" + "a".repeat(70 * 1024) + "@b.cn\", \"password\": \"x\"}";

		Api.Reply reply = this.api.post("/api/v1/sessions", huge).send();

		assertProblem(reply, 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void oversizedChunkedBodyIs413Too() throws Exception {
		byte[] huge = ("{\"email\": \"" + "a".repeat(70 * 1024) + "@b.cn\", \"password\": \"x\"}")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/sessions"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
			.build();

		var response = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
	}

	@Test
	void noTokenIs401() {
		Api.Reply reply = this.api.get("/api/v1/admin/outbox").send();

		assertProblem(reply, 401, "UNAUTHENTICATED");
		assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void unknownTokenIs401TokenInvalid() {
		Api.Reply reply = this.api.get("/api/v1/admin/outbox").token("not-a-token").send();

		assertProblem(reply, 401, "TOKEN_INVALID");
		assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void wrongRoleIs403() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		Api.Reply reply = this.api.get("/api/v1/admin/outbox").token(reviewer).send();

		assertProblem(reply, 403, "FORBIDDEN");
	}

	@Test
	void invalidFieldsAre422WithEveryField() {
		Api.Reply reply = this.api
			.post("/api/v1/admin/staff",
					Map.of("email", "", "password", "short", "name", "", "roles", java.util.List.of()))
			.token(this.staff.operatorToken())
			.send();

		JsonNode body = assertProblem(reply, 422, "VALIDATION_FAILED");
		assertThat(body.get("errors").valueStream().map((error) -> error.get("field").asString())).contains("email",
				"name", "roles");
	}

	@Test
	void uncaughtExceptionIs500WithErrorIdAndNoStackTrace() {
		Api.Reply reply = this.api.get("/api/v1/test/failure").token(this.staff.operatorToken()).send();

		JsonNode body = assertProblem(reply, 500, "INTERNAL_ERROR");
		String errorId = body.get("errorId").asString();
		assertThat(errorId).matches("[0-9a-f-]{36}");
		assertThat(body.get("detail").asString()).contains(errorId);
		assertThat(reply.text()).doesNotContain("secret internal detail", "Exception", "at io.kaidian", "trace");
	}

	@Test
	void problemsFollowAcceptLanguage() {
		Api.Reply chinese = this.api.get("/api/v1/no-such-thing")
			.token(this.staff.operatorToken())
			.language("zh-CN,zh;q=0.9")
			.send();
		Api.Reply english = this.api.get("/api/v1/no-such-thing")
			.token(this.staff.operatorToken())
			.language("en")
			.send();

		assertThat(chinese.json().get("title").asString()).isEqualTo("未找到");
		assertThat(english.json().get("title").asString()).isEqualTo("Not found");
		assertThat(chinese.json().get("code").asString()).isEqualTo(english.json().get("code").asString());
	}

	@Test
	void securityProblemsFollowAcceptLanguageToo() {
		Api.Reply reply = this.api.get("/api/v1/admin/outbox").language("zh-CN").send();

		assertThat(reply.json().get("title").asString()).isEqualTo("未登录");
	}

	@Test
	void aBrowserGetsAnHtmlErrorPageNotJson() {
		Api.Reply reply = this.api.get("/css/no-such-file.css").header("Accept", "text/html").language("zh-CN").send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.header("Content-Type")).startsWith("text/html");
		assertThat(reply.text()).contains("未找到");
	}

	static JsonNode assertProblem(Api.Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		JsonNode body = reply.json();
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("type").asString()).isNotBlank();
		assertThat(body.get("title").asString()).isNotBlank();
		assertThat(body.get("detail").asString()).isNotBlank();
		assertThat(body.get("errors").isArray()).isTrue();
		return body;
	}

}
