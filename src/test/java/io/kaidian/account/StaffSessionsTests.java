package io.kaidian.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff sign in and out of the API with bearer tokens (API.md, "Registration and
 * sessions").
 */
class StaffSessionsTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
	}

	@Test
	void bootstrapOperatorSignsInAndGetsATwelveHourToken() {
		Api.Reply reply = this.api
			.post("/api/v1/sessions", Map.of("email", "ROOT@Kaidian.test ", "password", StaffFixtures.ROOT_PASSWORD))
			.send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode body = reply.json();
		assertThat(body.get("roles").get(0).asString()).isEqualTo("OPERATOR");
		assertThat(body.get("token").asString()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(Instant.parse(body.get("expiresAt").asString())).isEqualTo(now().plus(Duration.ofHours(12)));
	}

	@Test
	void tokensAreStoredOnlyAsHashes() {
		String token = this.staff.operatorToken();

		long plain = this.jdbc
			.sql("SELECT count(*) FROM access_token WHERE encode(token_hash, 'escape') = :token "
					+ "OR encode(token_hash, 'base64') LIKE :token")
			.param("token", token)
			.query(Long.class)
			.single();
		assertThat(plain).isZero();
		assertThat(this.api.get("/api/v1/admin/outbox").token(token).send().status()).isEqualTo(200);
	}

	@Test
	void unknownEmailAndWrongPasswordGetTheSameAnswer() {
		Api.Reply unknown = this.api
			.post("/api/v1/sessions", Map.of("email", "nobody@kaidian.test", "password", "Whatever-123"))
			.send();
		Api.Reply wrong = this.api
			.post("/api/v1/sessions", Map.of("email", StaffFixtures.ROOT_EMAIL, "password", "Whatever-123"))
			.send();

		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("code").asString()).isEqualTo("CREDENTIALS_INVALID");
		assertThat(unknown.text()).isEqualTo(wrong.text());
	}

	@Test
	void signOutRevokesTheToken() {
		String token = this.staff.operatorToken();

		assertThat(this.api.delete("/api/v1/sessions/current").token(token).send().status()).isEqualTo(204);

		Api.Reply after = this.api.get("/api/v1/admin/outbox").token(token).send();
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
	}

	@Test
	void signingOutOneSessionLeavesTheOthers() {
		String first = this.staff.operatorToken();
		String second = this.staff.operatorToken();

		this.api.delete("/api/v1/sessions/current").token(first).send();

		assertThat(this.api.get("/api/v1/admin/outbox").token(second).send().status()).isEqualTo(200);
	}

	@Test
	void tokenExpiresAfterTwelveHours() {
		String token = this.staff.operatorToken();

		this.clock.add(Duration.ofHours(12).minusSeconds(1));
		assertThat(this.api.get("/api/v1/admin/outbox").token(token).send().status()).isEqualTo(200);

		this.clock.add(Duration.ofSeconds(1));
		Api.Reply expired = this.api.get("/api/v1/admin/outbox").token(token).send();
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.json().get("code").asString()).isEqualTo("TOKEN_INVALID");
	}

	@Test
	void operatorCreatesAReviewerWhoCanSignInAndIsWelcomedOverSmtp() throws Exception {
		String email = "new.reviewer." + System.nanoTime() + "@kaidian.test";

		Api.Reply created = this.api
			.post("/api/v1/admin/staff",
					Map.of("email", email, "password", "Reviewer-pass-1", "name", "Li Na", "roles",
							List.of("REVIEWER")))
			.token(this.staff.operatorToken())
			.send();

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("staffId").asString()).matches("[0-9a-f-]{36}");
		Api.Reply signIn = this.api.post("/api/v1/sessions", Map.of("email", email, "password", "Reviewer-pass-1"))
			.send();
		assertThat(signIn.json().get("roles").get(0).asString()).isEqualTo("REVIEWER");
		await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(email).size() == 1);
		MimeMessage welcome = receivedBy(email).get(0);
		assertThat(welcome.getSubject()).contains("Kaidian staff account", "开店员工账号");
		assertThat(((String) welcome.getContent())).contains(email, "REVIEWER").doesNotContain("Reviewer-pass-1");
	}

	@Test
	void reviewerCannotCreateStaff() {
		Api.Reply reply = this.api
			.post("/api/v1/admin/staff", Map.of("email", "x@kaidian.test", "password", "Reviewer-pass-1", "name", "X",
					"roles", List.of("OPERATOR")))
			.token(this.staff.tokenFor("REVIEWER"))
			.send();

		assertThat(reply.status()).isEqualTo(403);
	}

	@Test
	void staffRulesAreReportedFieldByFieldAndNothingIsWritten() {
		long before = staffCount();

		Api.Reply reply = this.api
			.post("/api/v1/admin/staff", Map.of("email", StaffFixtures.ROOT_EMAIL.toUpperCase(), "password",
					"root-short", "name", "Dup", "roles", List.of("SELLER")))
			.token(this.staff.operatorToken())
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json()
			.get("errors")
			.valueStream()
			.map((e) -> e.get("field").asString() + ":" + e.get("code").asString())).containsExactlyInAnyOrder(
					"email:EMAIL_TAKEN", "password:PASSWORD_CONTAINS_EMAIL", "roles:STAFF_ROLES_INVALID");
		assertThat(staffCount()).isEqualTo(before);
	}

	@Test
	void passwordRulesAreChecked() {
		Api.Reply reply = this.api
			.post("/api/v1/admin/staff", Map.of("email", "wangfang@kaidian.test", "password", "xxWANGFANGxx", "name",
					"Wang Fang", "roles", List.of("REVIEWER")))
			.token(this.staff.operatorToken())
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("code").asString()).isEqualTo("PASSWORD_CONTAINS_EMAIL");
	}

	@Test
	void concurrentCreationOfOneEmailMakesExactlyOneAccount() throws Exception {
		String email = "race." + System.nanoTime() + "@kaidian.test";
		String token = this.staff.operatorToken();
		int threads = 16;
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			calls.add(() -> {
				start.await();
				return this.api
					.post("/api/v1/admin/staff", Map.of("email", email, "password", "Racing-pass-1", "name", "Racer",
							"roles", List.of("REVIEWER")))
					.token(token)
					.send()
					.status();
			});
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<Integer>> futures = new ArrayList<>();
			for (Callable<Integer> call : calls) {
				futures.add(pool.submit(call));
			}
			start.countDown();
			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}
		}

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status != 201).allMatch((status) -> status == 409 || status == 422);
		assertThat(this.jdbc.sql("SELECT count(*) FROM staff_account WHERE email_normalized = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long staffCount() {
		return this.jdbc.sql("SELECT count(*) FROM staff_account").query(Long.class).single();
	}

	private static List<MimeMessage> receivedBy(String email) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			try {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
					found.add(message);
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

}
