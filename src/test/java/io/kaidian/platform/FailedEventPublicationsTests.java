package io.kaidian.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.support.Api;
import io.kaidian.support.FlakyListenerConfiguration;
import io.kaidian.support.FlakyListenerConfiguration.BrokenEvent;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener that keeps failing is seen: its publication is tried
 * {@code kaidian.events.retry.max-attempts} times (3 in tests), then left alone, listed
 * with its error for operators (API and page, both languages), counted in the metrics,
 * and resubmitted by an operator after a fix.
 */
class FailedEventPublicationsTests extends IntegrationTest {

	private static final int MAX_ATTEMPTS = 3;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FlakyListenerConfiguration.FlakyListener listener;

	@Autowired
	JdbcClient jdbc;

	private StaffFixtures staff;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
	}

	@Test
	void aListenerThatKeepsFailingIsGivenUpOnShownWithItsErrorAndResubmittedAfterAFix() {
		String id = UUID.randomUUID().toString();
		String operator = this.staff.operatorToken();

		publish(id);
		failsUntilGivenUp(id);

		JsonNode failed = failedEntry(operator, id);
		assertThat(failed.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
		assertThat(failed.get("event").asString()).isEqualTo("FlakyListenerConfiguration$BrokenEvent");
		assertThat(failed.get("listener").asString()).contains("FlakyListener.on(");
		assertThat(failed.get("lastError").asString()).contains("broken on purpose: " + id);
		assertThat(failed.get("publishedAt").asString()).isNotBlank();
		String publication = failed.get("id").asString();
		assertThat(metric("kaidian_events_publications{state=\"failed\"}")).isGreaterThanOrEqualTo(1);
		assertThat(metric(
				"kaidian_events_listener_failures_total{listener=\"FlakyListenerConfiguration$FlakyListener.on(FlakyListenerConfiguration$BrokenEvent)\"}"))
			.isGreaterThanOrEqualTo(MAX_ATTEMPTS);

		// the page, in both languages, then its button after the fix
		Pages pages = signedInOperator();
		String english = pages.get("/staff/operations/event-publications", "Accept-Language", "en").body();
		assertThat(english).contains("Failed events", "publication-" + publication, "broken on purpose: " + id,
				"Resubmit");
		String chinese = pages.get("/staff/operations/event-publications", "Accept-Language", "zh-CN").body();
		assertThat(chinese).contains("处理失败的事件", "publication-" + publication, "重新提交");
		this.listener.fix(id);
		Pages.Page resubmitted = pages.post("/staff/operations/event-publications/" + publication + "/resubmission",
				Map.of(), "Accept-Language", "en");
		assertThat(resubmitted.status()).isEqualTo(302);
		assertThat(resubmitted.location()).endsWith("/staff/operations/event-publications");
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.completed(id));
		await().atMost(Duration.ofSeconds(10)).until(() -> failedIds(operator).stream().noneMatch(publication::equals));
		assertThat(pages.get("/staff/operations/event-publications", "Accept-Language", "en").body())
			.doesNotContain("publication-" + publication);
		// a completed publication is not failed: the API refuses to resubmit it
		Api.Reply again = this.api.post("/api/v1/admin/event-publications/" + publication + "/resubmission", "")
			.token(operator)
			.send();
		assertThat(again.status()).isEqualTo(404);
	}

	@Test
	void theApiResubmitsAFailedPublicationAndAnswersProblemsForTheOthers() {
		String id = UUID.randomUUID().toString();
		String operator = this.staff.operatorToken();
		publish(id);
		failsUntilGivenUp(id);
		String publication = failedEntry(operator, id).get("id").asString();

		// resubmitted before the fix: tried once more, failed again, listed again
		Api.Reply resubmitted = this.api.post("/api/v1/admin/event-publications/" + publication + "/resubmission", "")
			.token(operator)
			.send();
		assertThat(resubmitted.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.attempts(id) == MAX_ATTEMPTS + 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> failedEntry(operator, id).get("attempts").asInt() == MAX_ATTEMPTS + 1);

		Api.Reply unknown = this.api.post("/api/v1/admin/event-publications/" + UUID.randomUUID() + "/resubmission", "")
			.token(operator)
			.send();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("EVENT_PUBLICATION_NOT_FOUND");
		Api.Reply badState = this.api.get("/api/v1/admin/event-publications?state=stuck").token(operator).send();
		assertThat(badState.status()).isEqualTo(422);
		assertThat(badState.json().get("errors").get(0).get("field").asString()).isEqualTo("state");
		assertThat(badState.json().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_STATE");
		assertThat(this.api.get("/api/v1/admin/event-publications?state=failed")
			.token(this.staff.tokenFor("REVIEWER"))
			.send()
			.status()).isEqualTo(403);
	}

	@Test
	void reviewersCannotOpenTheOperatorsPage() {
		StaffFixtures.Credentials reviewer = this.staff.create("REVIEWER");
		Pages pages = signedIn(reviewer);

		assertThat(pages.get("/staff/operations/event-publications", "Accept-Language", "en").status()).isEqualTo(403);
	}

	private void publish(String id) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new BrokenEvent(id)));
	}

	/**
	 * Moves the clock past {@code older-than} until the publication was tried as often as
	 * allowed, then proves the retry task leaves it alone: two more runs of the task with
	 * the clock moved on try it no more.
	 */
	private void failsUntilGivenUp(String id) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.listener.attempts(id) >= 1);
		for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
			int expected = attempt;
			this.clock.add(Duration.ofSeconds(3));
			await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.attempts(id) >= expected);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id).equals("FAILED"));
		for (int run = 0; run < 2; run++) {
			this.clock.add(Duration.ofSeconds(3));
			awaitRetryTaskRun();
		}
		assertThat(this.listener.attempts(id)).isEqualTo(MAX_ATTEMPTS);
		assertThat(this.listener.completed(id)).isFalse();
	}

	private void awaitRetryTaskRun() {
		Object before = lastRun();
		await().atMost(Duration.ofSeconds(20)).until(() -> !lastRun().equals(before));
	}

	private Object lastRun() {
		return this.jdbc
			.sql("SELECT coalesce(last_success::text, '') FROM scheduled_tasks "
					+ "WHERE task_name = 'resubmit-incomplete-event-publications'")
			.query(String.class)
			.single();
	}

	private String statusOf(String id) {
		return this.jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE :id")
			.param("id", "%" + id + "%")
			.query(String.class)
			.single();
	}

	private JsonNode failedEntry(String operator, String id) {
		Api.Reply reply = this.api.get("/api/v1/admin/event-publications?state=failed").token(operator).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json()
			.valueStream()
			.filter((p) -> p.get("lastError").asString("").contains(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no failed publication of " + id + " in " + reply));
	}

	private List<String> failedIds(String operator) {
		return this.api.get("/api/v1/admin/event-publications?state=failed")
			.token(operator)
			.send()
			.json()
			.valueStream()
			.map((p) -> p.get("id").asString())
			.toList();
	}

	private double metric(String series) {
		// the metrics are for operators only (issue 10)
		String text = this.api.get("/actuator/prometheus")
			.token(this.staff.operatorToken())
			.header("Accept", "text/plain")
			.send()
			.text();
		return text.lines()
			.filter((line) -> line.startsWith(series + " "))
			.mapToDouble((line) -> Double.parseDouble(line.substring(series.length() + 1).trim()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(series + " not in:\n" + text));
	}

	private Pages signedInOperator() {
		return signedIn(new StaffFixtures.Credentials(StaffFixtures.ROOT_EMAIL, StaffFixtures.ROOT_PASSWORD));
	}

	private Pages signedIn(StaffFixtures.Credentials credentials) {
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in", "Accept-Language", "en");
		Pages.Page signedIn = pages.post("/sign-in",
				Map.of("email", credentials.email(), "password", credentials.password(), "origin", "staff"));
		assertThat(signedIn.location()).endsWith("/staff");
		return pages;
	}

}
