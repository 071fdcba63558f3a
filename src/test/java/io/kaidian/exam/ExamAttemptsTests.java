package io.kaidian.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.platform.i18n.ReaderTime;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seller's attempts at the rules exam over real HTTP (R-EXAM-1, R-EXAM-2; API.md
 * "Exam"): only after the fees, the configured spread with options shuffled, answers once
 * before expiry, the score, the growing cool-down, and passing moving the checklist on.
 */
class ExamAttemptsTests extends IntegrationTest {

	@Autowired
	private Outbox outbox;

	@Autowired
	private ExamProperties properties;

	@Autowired
	private ReaderTime times;

	private ApprovedSellers sellers;

	private ExamClient exam;

	@BeforeEach
	void setUp() {
		this.sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		this.exam = new ExamClient(this.api, baseUrl());
	}

	@Test
	void R_EXAM_1_anAttemptBeforeTheFeesArePaidIsRefusedAndOnceTheyArePaidItIsDrawn() {
		ApprovedSellers.Seller unverified = this.sellers.unverified();
		Api.Reply tooSoon = this.exam.start(unverified);
		assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(409);
		assertThat(tooSoon.json().get("code").asString()).isEqualTo("EXAM_NOT_DUE");

		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.exam.approve(seller);
		Api.Reply feesDue = this.exam.start(seller);
		assertThat(feesDue.status()).as(feesDue.toString()).isEqualTo(409);
		assertThat(feesDue.json().get("code").asString()).isEqualTo("EXAM_NOT_DUE");

		this.exam.payFees(seller);
		JsonNode attempt = this.exam.firstAttempt(seller);
		assertThat(attempt.get("questions").size()).isEqualTo(this.properties.questions());
		assertThat(Instant.parse(attempt.get("expiresAt").asString()))
			.isEqualTo(now().plus(this.properties.duration()));

		// R-EXAM-2: every topic gets its proportional share (the bank has enough of each)
		Map<String, JsonNode> bank = this.exam.bank();
		Map<Topic, Integer> spread = new EnumMap<>(Topic.class);
		attempt.get("questions")
			.forEach((q) -> spread.merge(Topic.valueOf(bank.get(q.get("id").asString()).get("topic").asString()), 1,
					Integer::sum));
		int total = this.properties.topicWeights().values().stream().mapToInt(Integer::intValue).sum();
		for (Topic topic : Topic.values()) {
			double share = (double) this.properties.questions() * this.properties.topicWeights().getOrDefault(topic, 0)
					/ total;
			assertThat(spread.getOrDefault(topic, 0)).as(topic.name())
				.isBetween((int) Math.floor(share), (int) Math.ceil(share));
		}

		// asking again returns the open attempt, options in the same order
		Api.Reply again = this.exam.start(seller);
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(attempt);
		assertThat(this.exam.start(seller).json().get("attemptId")).isEqualTo(attempt.get("attemptId"));
	}

	@Test
	void R_EXAM_2_answersAreTakenOnceBeforeExpiryAndOnlyFromTheSellerWhoseAttemptItIs() {
		ApprovedSellers.Seller seller = paidSeller();
		JsonNode attempt = this.exam.firstAttempt(seller);
		String attemptId = attempt.get("attemptId").asString();
		Map<String, String> answers = this.exam.answers(attempt, 0);

		// another seller's attempt does not exist for it
		ApprovedSellers.Seller other = this.sellers.unverified();
		Api.Reply foreign = this.exam.answer(other, attemptId, answers);
		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
		assertThat(foreign.json().get("code").asString()).isEqualTo("ATTEMPT_NOT_FOUND");

		// an option of another question is not an answer
		String[] questions = answers.keySet().toArray(String[]::new);
		Api.Reply mixed = this.exam.answer(seller, attemptId, Map.of(questions[0], answers.get(questions[1])));
		assertThat(mixed.status()).as(mixed.toString()).isEqualTo(422);
		assertThat(ApplicationClient.fields(mixed)).containsExactly("answers." + questions[0]);

		Api.Reply answered = this.exam.answer(seller, attemptId, answers);
		assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
		assertThat(answered.json().get("score").asInt()).isZero();
		assertThat(answered.json().get("passed").asBoolean()).isFalse();

		Api.Reply twice = this.exam.answer(seller, attemptId, this.exam.answers(attempt, this.properties.questions()));
		assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
		assertThat(twice.json().get("code").asString()).isEqualTo("ATTEMPT_ANSWERED");

		// after the cool-down, a new attempt; answers after its time are refused
		this.clock.add(this.properties.coolDown());
		seller = this.sellers.signedInAgain(seller);
		Api.Reply second = this.exam.start(seller);
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		this.clock.add(this.properties.duration());
		Api.Reply late = this.exam.answer(seller, second.json().get("attemptId").asString(),
				this.exam.answers(second.json(), this.properties.questions()));
		assertThat(late.status()).as(late.toString()).isEqualTo(409);
		assertThat(late.json().get("code").asString()).isEqualTo("ATTEMPT_EXPIRED");
	}

	@Test
	void R_EXAM_2_aFailedSellerWaitsACoolDownThatGrowsWithEachFailureAndThenPasses() {
		ApprovedSellers.Seller seller = paidSeller();
		JsonNode first = this.exam.firstAttempt(seller);
		int questions = first.get("questions").size();
		int toPass = ExamClient.toPass(questions, this.properties.passPercent());
		Api.Reply failed = this.exam.answer(seller, first.get("attemptId").asString(),
				this.exam.answers(first, toPass - 1));
		assertThat(failed.json().get("passed").asBoolean()).isFalse();
		assertThat(failed.json().get("score").asInt()).isEqualTo((toPass - 1) * 100 / questions);
		assertThat(Instant.parse(failed.json().get("retakeAfter").asString()))
			.isEqualTo(now().plus(this.properties.coolDown()));
		assertThat(failed.json().get("topicsToStudy")).isNotEmpty()
			.allSatisfy((topic) -> assertThat(topic.get("guide").asString()).startsWith("/seller/exam/rules#topic-"));
		assertThat(failed.toString()).doesNotContain("correct");

		// one minute before the cool-down ends: refused, with the time
		this.clock.add(this.properties.coolDown().minusMinutes(1));
		Api.Reply early = this.exam.start(seller);
		assertThat(early.status()).as(early.toString()).isEqualTo(409);
		assertThat(early.json().get("code").asString()).isEqualTo("EXAM_RETAKE_NOT_YET");
		// the time as the reader's language writes it, in Beijing time
		for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
			Api.Reply refused = this.api.post("/api/v1/me/exam/attempts", "")
				.token(seller.token())
				.language(locale.toLanguageTag())
				.send();
			assertThat(refused.json().get("detail").asString())
				.contains(this.times.dateTime(now().plus(Duration.ofMinutes(1)), locale));
		}

		// the second failure: the wait grows
		this.clock.add(Duration.ofMinutes(1));
		JsonNode second = this.exam.start(seller).json();
		Api.Reply failedAgain = this.exam.answer(seller, second.get("attemptId").asString(),
				this.exam.answers(second, 0));
		Duration grown = Duration
			.ofSeconds((long) (this.properties.coolDown().toSeconds() * this.properties.coolDownGrowth()));
		assertThat(Instant.parse(failedAgain.json().get("retakeAfter").asString())).isEqualTo(now().plus(grown));
		this.clock.add(this.properties.coolDown());
		assertThat(this.exam.start(seller).json().get("code").asString()).isEqualTo("EXAM_RETAKE_NOT_YET");

		// a third attempt left to expire counts as a failure: the wait grows again, from
		// its expiry
		this.clock.add(grown.minus(this.properties.coolDown()));
		seller = this.sellers.signedInAgain(seller);
		Api.Reply third = this.exam.start(seller);
		assertThat(third.status()).as(third.toString()).isEqualTo(201);
		this.clock.add(this.properties.duration());
		Instant expired = now();
		Api.Reply afterExpiry = this.exam.start(seller);
		assertThat(afterExpiry.json().get("code").asString()).isEqualTo("EXAM_RETAKE_NOT_YET");
		this.clock.setInstant(expired.plus(grown.multipliedBy(2)));

		// then it passes, and the checklist moves on
		seller = this.sellers.signedInAgain(seller);
		JsonNode fourth = this.exam.start(seller).json();
		Api.Reply passed = this.exam.answer(seller, fourth.get("attemptId").asString(),
				this.exam.answers(fourth, questions));
		assertThat(passed.json().get("passed").asBoolean()).isTrue();
		assertThat(passed.json().get("score").asInt()).isEqualTo(100);
		assertThat(passed.json().get("topicsToStudy")).isEmpty();
		assertThat(passed.json().get("retakeAfter").isNull()).isTrue();
		ApprovedSellers.Seller done = seller;
		ApplicationClient applications = new ApplicationClient(this.api, baseUrl());
		await().atMost(ExamClient.WAIT)
			.until(() -> applications.requirement(done, "EXAM").get("state").asString().equals("DONE"));
		assertThat(applications.requirement(done, "STORE_PROFILE").get("state").asString()).isEqualTo("DUE");
		assertThat(this.exam.start(seller).json().get("code").asString()).isEqualTo("EXAM_PASSED");
	}

	@Test
	void R_EXAM_2_optionsAreShuffledPerAttemptUnderIdsOfThatAttemptOnly() {
		ApprovedSellers.Seller seller = paidSeller();
		JsonNode first = this.exam.firstAttempt(seller);
		this.exam.answer(seller, first.get("attemptId").asString(), Map.of());
		this.clock.add(this.properties.coolDown());
		seller = this.sellers.signedInAgain(seller);
		JsonNode second = this.exam.start(seller).json();

		Set<String> firstIds = optionIds(first);
		assertThat(optionIds(second)).doesNotContainAnyElementsOf(firstIds);
		Map<String, JsonNode> bank = this.exam.bank();
		Set<String> bankIds = new HashSet<>();
		bank.values().forEach((q) -> q.get("options").forEach((o) -> bankIds.add(o.get("id").asString())));
		assertThat(firstIds).doesNotContainAnyElementsOf(bankIds);
		// the same question, drawn twice, need not show its options in the bank's order
		int differentOrder = 0;
		int compared = 0;
		for (JsonNode question : List.of(first, second)
			.stream()
			.flatMap((a) -> a.get("questions").valueStream())
			.toList()) {
			List<String> shown = question.get("options").valueStream().map((o) -> o.get("text").asString()).toList();
			List<String> stored = bank.get(question.get("id").asString())
				.get("options")
				.valueStream()
				.map((o) -> o.get("textEn").asString())
				.toList();
			assertThat(shown).containsExactlyInAnyOrderElementsOf(stored);
			differentOrder += shown.equals(stored) ? 0 : 1;
			compared++;
		}
		// 40 questions of 3 or more options each: all in the stored order has odds below
		// 3^-40
		assertThat(differentOrder).isPositive().isLessThanOrEqualTo(compared);
	}

	private ApprovedSellers.Seller paidSeller() {
		ApprovedSellers.Seller seller = this.sellers.enterprise();
		this.exam.approve(seller);
		this.exam.payFees(seller);
		return seller;
	}

	private static Set<String> optionIds(JsonNode attempt) {
		Set<String> ids = new HashSet<>();
		attempt.get("questions").forEach((q) -> q.get("options").forEach((o) -> ids.add(o.get("id").asString())));
		return ids;
	}

}
