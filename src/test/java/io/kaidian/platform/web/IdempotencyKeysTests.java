package io.kaidian.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.SellerFixtures;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that a client may retry accept an {@code Idempotency-Key}: the same key with the
 * same body returns the first response, with another body {@code 409} (API.md,
 * "Conventions"; ADR 0015).
 */
class IdempotencyKeysTests extends IntegrationTest {

	private static final String KEY = "Idempotency-Key";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	IdempotencyKeys keys;

	private SellerFixtures sellers;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.sellers = new SellerFixtures(this.api, mail, this.outbox);
		this.staff = new StaffFixtures(this.api);
	}

	@Test
	void aRetriedRegistrationReplaysTheFirstAnswerAndCreatesOneSeller() {
		Map<String, Object> body = registration();
		String key = UUID.randomUUID().toString();

		Api.Reply first = this.api.post("/api/v1/sellers", body).header(KEY, key).send();
		Api.Reply retry = this.api.post("/api/v1/sellers", body).header(KEY, key).send();

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
		assertThat(retry.text()).isEqualTo(first.text());
		assertThat(sellersWith((String) body.get("email"))).isEqualTo(1);
	}

	@Test
	void withoutAKeyARetriedRegistrationIsRefused() {
		Map<String, Object> body = registration();

		assertThat(this.api.post("/api/v1/sellers", body).send().status()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/sellers", body).send().status()).isIn(409, 422);
	}

	@Test
	void theSameKeyWithAnotherBodyIs409Reused() {
		Map<String, Object> body = registration();
		String key = UUID.randomUUID().toString();
		assertThat(this.api.post("/api/v1/sellers", body).header(KEY, key).send().status()).isEqualTo(201);

		body.put("firstName", "Xiaohong");
		Api.Reply reply = this.api.post("/api/v1/sellers", body).header(KEY, key).language("zh-CN").send();

		JsonNode problem = problem(reply, 409, "IDEMPOTENCY_KEY_REUSED");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(KEY);
		assertThat(problem.get("title").asString()).isEqualTo("幂等键已被使用");
	}

	@Test
	void theSameKeyOnAnotherPathIs409Reused() {
		String key = UUID.randomUUID().toString();
		String operator = this.staff.operatorToken();
		String id = UUID.randomUUID().toString();
		assertThat(counted(id, key, operator, Map.of("a", 1)).status()).isEqualTo(201);

		Api.Reply reply = counted(UUID.randomUUID().toString(), key, operator, Map.of("a", 1));

		problem(reply, 409, "IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void anAuthenticatedWriteRetriedCreatesOneStaffAccount() {
		String operator = this.staff.operatorToken();
		String email = "staff-" + UUID.randomUUID() + "@kaidian.test";
		Map<String, Object> body = Map.of("email", email, "password", "Long-enough-pass-1", "name", "Retried Staff",
				"roles", List.of("REVIEWER"));
		String key = UUID.randomUUID().toString();

		Api.Reply first = this.api.post("/api/v1/admin/staff", body).token(operator).header(KEY, key).send();
		// another token of the same operator: the same caller
		Api.Reply retry = this.api.post("/api/v1/admin/staff", body)
			.token(this.staff.operatorToken())
			.header(KEY, key)
			.send();

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.text()).isEqualTo(first.text());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM staff_account WHERE email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoCallersWithTheSameKeyAreIndependent() {
		String key = UUID.randomUUID().toString();
		String root = this.staff.operatorToken();
		String other = this.staff.tokenFor("OPERATOR");
		String id = UUID.randomUUID().toString();

		Api.Reply first = counted(id, key, root, Map.of("a", 1));
		Api.Reply second = counted(id, key, other, Map.of("a", 2));

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		assertThat(second.header("Idempotent-Replayed")).isNull();
		assertThat(IdempotencyTestApi.calls(id)).isEqualTo(2);
		// an anonymous caller has its own keys too
		Map<String, Object> body = registration();
		assertThat(this.api.post("/api/v1/sellers", body).header(KEY, key).send().status()).isEqualTo(201);
	}

	@Test
	void aRefusalIsKeptAndReplayed() {
		String operator = this.staff.operatorToken();
		Map<String, Object> body = Map.of("email", "not-an-email", "password", "short", "name", "Refused", "roles",
				List.of("REVIEWER"));
		String key = UUID.randomUUID().toString();

		Api.Reply first = this.api.post("/api/v1/admin/staff", body).token(operator).header(KEY, key).send();
		Api.Reply retry = this.api.post("/api/v1/admin/staff", body).token(operator).header(KEY, key).send();

		assertThat(first.status()).as(first.toString()).isEqualTo(422);
		assertThat(retry.status()).isEqualTo(422);
		assertThat(retry.header("Content-Type")).startsWith("application/problem+json");
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.text()).isEqualTo(first.text());
	}

	@Test
	void aFailureIsNotKeptSoARetryRunsAgain() {
		String operator = this.staff.operatorToken();
		String id = UUID.randomUUID().toString();
		String key = UUID.randomUUID().toString();

		Api.Reply first = this.api.post("/api/v1/test/counted/" + id + "/failure", Map.of())
			.token(operator)
			.header(KEY, key)
			.send();
		Api.Reply retry = this.api.post("/api/v1/test/counted/" + id + "/failure", Map.of())
			.token(operator)
			.header(KEY, key)
			.send();

		problem(first, 500, "INTERNAL_ERROR");
		problem(retry, 500, "INTERNAL_ERROR");
		assertThat(retry.header("Idempotent-Replayed")).isNull();
		assertThat(IdempotencyTestApi.calls(id)).isEqualTo(2);
		assertThat(rows(key)).isZero();
	}

	@Test
	void concurrentFirstRequestsRunTheHandlerOnce() throws Exception {
		String operator = this.staff.operatorToken();
		String id = UUID.randomUUID().toString();
		String key = UUID.randomUUID().toString();
		CountDownLatch gate = IdempotencyTestApi.hold(id);
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		List<Api.Reply> refused = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<Api.Reply>> replies = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				replies.add(pool.submit(() -> {
					start.await();
					return counted(id, key, operator, Map.of("same", "body"));
				}));
			}
			start.countDown();
			// the first holds the key (its handler waits at the gate): the seven others
			// are answered at once
			List<Future<Api.Reply>> pending = new ArrayList<>(replies);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (refused.size() < threads - 1 && System.nanoTime() < deadline) {
				for (Future<Api.Reply> reply : List.copyOf(pending)) {
					if (reply.isDone()) {
						refused.add(reply.get());
						pending.remove(reply);
					}
				}
				Thread.onSpinWait();
			}
			gate.countDown();
			assertThat(pending).hasSize(1);
			Api.Reply winner = pending.get(0).get(20, TimeUnit.SECONDS);
			assertThat(winner.status()).as(winner.toString()).isEqualTo(201);
			assertThat(winner.json().get("call").asInt()).isEqualTo(1);
		}
		assertThat(refused).hasSize(threads - 1).allSatisfy((reply) -> {
			problem(reply, 409, "IDEMPOTENCY_KEY_IN_PROGRESS");
			assertThat(reply.header("Retry-After")).isEqualTo("1");
		});
		assertThat(IdempotencyTestApi.calls(id)).isEqualTo(1);
		Api.Reply later = counted(id, key, operator, Map.of("same", "body"));
		assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(later.json().get("call").asInt()).isEqualTo(1);
	}

	@Test
	void aRequestAbandonedMidwayIsTakenOverAfterTheTimeout() {
		String operator = this.staff.operatorToken();
		String id = UUID.randomUUID().toString();
		String key = UUID.randomUUID().toString();
		assertThat(counted(id, key, operator, Map.of("a", 1)).status()).isEqualTo(201);
		// as if the process died after the handler, before the answer was kept
		this.jdbc.sql("""
				UPDATE api_idempotency_key SET state = 'IN_PROGRESS', status = NULL, content_type = NULL,
				  location = NULL, body = NULL, completed_at = NULL WHERE key = :key""").param("key", key).update();

		problem(counted(id, key, operator, Map.of("a", 1)), 409, "IDEMPOTENCY_KEY_IN_PROGRESS");
		this.clock.add(Duration.ofSeconds(59));
		problem(counted(id, key, operator, Map.of("a", 1)), 409, "IDEMPOTENCY_KEY_IN_PROGRESS");
		problem(counted(id, key, operator, Map.of("a", 2)), 409, "IDEMPOTENCY_KEY_REUSED");
		this.clock.add(Duration.ofSeconds(1));
		Api.Reply takenOver = counted(id, key, operator, Map.of("a", 1));
		Api.Reply replayed = counted(id, key, operator, Map.of("a", 1));

		assertThat(takenOver.status()).isEqualTo(201);
		assertThat(takenOver.header("Idempotent-Replayed")).isNull();
		assertThat(takenOver.json().get("call").asInt()).isEqualTo(2);
		assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replayed.json().get("call").asInt()).isEqualTo(2);
		assertThat(IdempotencyTestApi.calls(id)).isEqualTo(2);
	}

	@Test
	void anInsertedInProgressRowIsTakenOverByOneRetryOnly() {
		String key = UUID.randomUUID().toString();
		String id = UUID.randomUUID().toString();
		String operator = this.staff.operatorToken();
		// the fingerprint of the request, from a first run under another key
		String other = UUID.randomUUID().toString();
		assertThat(counted(id, other, operator, Map.of("a", 1)).status()).isEqualTo(201);
		this.jdbc.sql("""
				INSERT INTO api_idempotency_key (scope, key, fingerprint, state, attempt, created_at)
				SELECT scope, :key, fingerprint, 'IN_PROGRESS', :attempt, :createdAt FROM api_idempotency_key
				WHERE key = :other""")
			.param("key", key)
			.param("attempt", UUID.randomUUID())
			.param("createdAt", now().atOffset(ZoneOffset.UTC))
			.param("other", other)
			.update();
		this.clock.add(Duration.ofMinutes(2));

		IdempotencyKeys.Claim first = claim(key);
		IdempotencyKeys.Claim second = claim(key);

		assertThat(first).isInstanceOf(IdempotencyKeys.Claim.Owned.class);
		assertThat(second).isInstanceOf(IdempotencyKeys.Claim.InProgress.class);
	}

	@Test
	void keysExpireAfterTheRetentionAndArePurged() {
		String operator = this.staff.operatorToken();
		String id = UUID.randomUUID().toString();
		String key = UUID.randomUUID().toString();
		assertThat(counted(id, key, operator, Map.of("a", 1)).status()).isEqualTo(201);

		this.clock.add(Duration.ofHours(24).minusSeconds(1));
		// tokens live 12 h: a new one of the same operator, the same caller
		operator = this.staff.operatorToken();
		assertThat(counted(id, key, operator, Map.of("a", 1)).header("Idempotent-Replayed")).isEqualTo("true");
		this.keys.purgeExpired();
		assertThat(rows(key)).isOne();

		this.clock.add(Duration.ofSeconds(1));
		// expired, not yet purged: a new key, even with another body
		Api.Reply again = counted(id, key, operator, Map.of("a", 2));
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isNull();
		assertThat(again.json().get("call").asInt()).isEqualTo(2);

		this.clock.add(Duration.ofHours(24));
		assertThat(this.keys.purgeExpired()).isPositive();
		assertThat(rows(key)).isZero();
	}

	@Test
	void anUploadRetriedWithAnotherBoundaryIsReplayed() {
		String operator = this.staff.operatorToken();
		String id = UUID.randomUUID().toString();
		String key = UUID.randomUUID().toString();

		Api.Reply first = upload(id, key, operator, "licence.txt", "the content");
		Api.Reply retry = upload(id, key, operator, "licence.txt", "the content");
		Api.Reply other = upload(id, key, operator, "licence.txt", "other content");

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().get("content").asString()).isEqualTo("the content");
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.text()).isEqualTo(first.text());
		problem(other, 409, "IDEMPOTENCY_KEY_REUSED");
		assertThat(IdempotencyTestApi.calls(id)).isEqualTo(1);
	}

	@Test
	void anInvalidKeyIs400() {
		String operator = this.staff.operatorToken();
		for (String key : List.of("with space", "x".repeat(256), "tab\tinside")) {
			Api.Reply reply = counted(UUID.randomUUID().toString(), key, operator, Map.of());

			JsonNode problem = problem(reply, 400, "IDEMPOTENCY_KEY_INVALID");
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(KEY);
		}
		assertThat(counted(UUID.randomUUID().toString(), "x".repeat(255), operator, Map.of()).status()).isEqualTo(201);
	}

	@Test
	void unauthenticatedAndForbiddenCallsAreAnsweredBeforeAKeyIsKept() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("email", "x@kaidian.test", "password", "Long-enough-pass-1", "name", "X",
				"roles", List.of("REVIEWER"));

		assertThat(this.api.post("/api/v1/admin/staff", body).header(KEY, key).send().status()).isEqualTo(401);
		assertThat(this.api.post("/api/v1/admin/staff", body)
			.token(this.staff.tokenFor("REVIEWER"))
			.header(KEY, key)
			.send()
			.status()).isEqualTo(403);
		assertThat(rows(key)).isZero();
	}

	@Test
	void aSignInIsNeverKeptForItAnswersAToken() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = Map.of("email", StaffFixtures.ROOT_EMAIL, "password", StaffFixtures.ROOT_PASSWORD);

		Api.Reply first = this.api.post("/api/v1/sessions", body).header(KEY, key).send();
		Api.Reply second = this.api.post("/api/v1/sessions", body).header(KEY, key).send();

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.header("Idempotent-Replayed")).isNull();
		assertThat(second.json().get("token").asString()).isNotEqualTo(first.json().get("token").asString());
		assertThat(rows(key)).isZero();
	}

	@Test
	void readsIgnoreTheKey() {
		Api.Reply reply = this.api.get("/api/v1/business-scopes").header(KEY, "with space").send();

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentNamesTheHeaderOnWrites() {
		JsonNode paths = this.api.get("/v3/api-docs").send().json().get("paths");

		assertThat(names(paths.get("/api/v1/sellers").get("post").get("parameters"))).contains(KEY);
		assertThat(names(paths.get("/api/v1/sessions/current").get("delete").get("parameters"))).contains(KEY);
		assertThat(names(paths.get("/api/v1/sessions").get("post").get("parameters"))).doesNotContain(KEY);
	}

	private static List<String> names(JsonNode parameters) {
		return parameters == null ? List.of() : parameters.valueStream().map((p) -> p.get("name").asString()).toList();
	}

	private IdempotencyKeys.Claim claim(String key) {
		String scope = this.jdbc.sql("SELECT scope FROM api_idempotency_key WHERE key = :key")
			.param("key", key)
			.query(String.class)
			.single();
		String fingerprint = this.jdbc.sql("SELECT fingerprint FROM api_idempotency_key WHERE key = :key")
			.param("key", key)
			.query(String.class)
			.single();
		return this.keys.claim(scope, key, fingerprint);
	}

	private Api.Reply counted(String id, String key, String token, Map<String, Object> body) {
		return this.api.post("/api/v1/test/counted/" + id, body).token(token).header(KEY, key).send();
	}

	/** A multipart upload with a fresh boundary, as a client's retry would send. */
	private Api.Reply upload(String id, String key, String token, String fileName, String content) {
		String boundary = "----retry-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/test/counted/" + id + "/upload"))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.header(KEY, key)
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return new Api.Reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> registration() {
		String email = SellerFixtures.uniqueEmail();
		String phone = SellerFixtures.uniqueMobile();
		Map<String, Object> body = SellerFixtures.mainlandBody(email, phone);
		body.put("emailCode", this.sellers.emailCode(email));
		body.put("phoneCode", this.sellers.smsCode(phone));
		return body;
	}

	private long sellersWith(String email) {
		return this.jdbc.sql("SELECT count(*) FROM seller_account WHERE email_normalized = lower(:email)")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private long rows(String key) {
		return this.jdbc.sql("SELECT count(*) FROM api_idempotency_key WHERE key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private static JsonNode problem(Api.Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		JsonNode body = reply.json();
		assertThat(body.get("code").asString()).isEqualTo(code);
		return body;
	}

}
