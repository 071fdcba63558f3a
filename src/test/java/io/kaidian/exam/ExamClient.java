package io.kaidian.exam;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exam over HTTP as a seller's client and an operator's client use it (API.md,
 * "Exam"), and sellers whose fees are paid, reached through the real API: approved
 * application, both invoices paid in the sandbox.
 */
final class ExamClient {

	static final Duration WAIT = Duration.ofSeconds(20);

	static final String ATTEMPTS = "/api/v1/me/exam/attempts";

	private final Api api;

	private final String baseUrl;

	private final ApplicationClient applications;

	private final StaffFixtures staff;

	ExamClient(Api api, String baseUrl) {
		this.api = api;
		this.baseUrl = baseUrl;
		this.applications = new ApplicationClient(api, baseUrl);
		this.staff = new StaffFixtures(api);
	}

	/** The seller's application is approved: its fees are due, not paid. */
	void approve(ApprovedSellers.Seller seller) {
		this.applications.saved(seller, ApplicationClient.application("BASIC", "GENERAL", "APPAREL",
				List.of("womens-clothing"), List.of(), true));
		this.applications.submitted(seller);
		this.applications.decide(this.applications.claim(seller.memberId()), Map.of());
		await().atMost(WAIT)
			.until(() -> this.api.get("/api/v1/me/invoices").token(seller.token()).send().json().size() == 2);
	}

	/** Pays every invoice of the seller in the sandbox. */
	void payFees(ApprovedSellers.Seller seller) {
		for (JsonNode invoice : this.api.get("/api/v1/me/invoices").token(seller.token()).send().json()) {
			Api.Reply started = this.api
				.post("/api/v1/me/invoices/" + invoice.get("invoiceId").asString() + "/payments",
						Map.of("provider", "SANDBOX"))
				.token(seller.token())
				.send();
			assertThat(started.status()).as(started.toString()).isEqualTo(201);
			Api.Reply paid = this.api
				.postForm("/sandbox/payments/" + started.json().get("paymentId").asString(),
						Map.of("outcome", "SUCCESS"))
				.send();
			assertThat(paid.status()).as(paid.text()).isEqualTo(200);
		}
	}

	/** Asks for an attempt. */
	Api.Reply start(ApprovedSellers.Seller seller) {
		return this.api.post(ATTEMPTS, "").token(seller.token()).send();
	}

	/** The first attempt, once the exam module has heard that the fees are paid. */
	JsonNode firstAttempt(ApprovedSellers.Seller seller) {
		Api.Reply[] reply = new Api.Reply[1];
		await().atMost(WAIT).until(() -> {
			reply[0] = start(seller);
			return reply[0].status() != 409;
		});
		assertThat(reply[0].status()).as(reply[0].toString()).isEqualTo(201);
		return reply[0].json();
	}

	Api.Reply answer(ApprovedSellers.Seller seller, String attemptId, Map<String, String> answers) {
		return this.api.post(ATTEMPTS + "/" + attemptId + "/answers", Map.of("answers", answers))
			.token(seller.token())
			.send();
	}

	/** The bank as operators see it, in English: question id to the question. */
	Map<String, JsonNode> bank() {
		Api.Reply reply = this.api.get("/api/v1/admin/exam/questions").token(operatorToken()).language("en").send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		Map<String, JsonNode> bank = new LinkedHashMap<>();
		reply.json().forEach((question) -> bank.put(question.get("id").asString(), question));
		return bank;
	}

	String operatorToken() {
		return this.staff.operatorToken();
	}

	/**
	 * Answers to an English attempt with the first {@code right} questions answered right
	 * and the rest wrong, by the texts of the bank's current versions.
	 */
	Map<String, String> answers(JsonNode attempt, int right) {
		Map<String, JsonNode> bank = bank();
		Map<String, String> answers = new HashMap<>();
		int i = 0;
		for (JsonNode question : attempt.get("questions")) {
			String rightText = rightText(bank.get(question.get("id").asString()));
			boolean answerRight = i++ < right;
			for (JsonNode option : question.get("options")) {
				if (option.get("text").asString().equals(rightText) == answerRight) {
					answers.put(question.get("id").asString(), option.get("id").asString());
					break;
				}
			}
		}
		return answers;
	}

	static String rightText(JsonNode question) {
		for (JsonNode option : question.get("options")) {
			if (option.get("correct").asBoolean()) {
				return option.get("textEn").asString();
			}
		}
		throw new IllegalStateException("no right option in " + question);
	}

	/** How many right answers an attempt of this size needs at least to pass at 90%. */
	static int toPass(int questions, int passPercent) {
		return (passPercent * questions + 99) / 100;
	}

}
