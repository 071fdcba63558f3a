package io.kaidian.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Makes a seller pass the rules exam the way a seller does, through the exam's API
 * (API.md, "Exam"): it asks for an attempt once the fees are paid and answers every
 * question right, knowing the right options only from the operators' view of the bank.
 */
@Component
public class ExamFixtures {

	private static final String ATTEMPTS = "/api/v1/me/exam/attempts";

	private final JdbcClient jdbc;

	ExamFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The seller, whose fees are paid, takes the exam and passes it (R-EXAM). */
	public void pass(Api api, ApprovedSellers.Seller seller) {
		Api.Reply[] started = new Api.Reply[1];
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			started[0] = api.post(ATTEMPTS, "").token(seller.token()).language("en").send();
			return started[0].status() != 409;
		});
		assertThat(started[0].status()).as(started[0].toString()).isIn(200, 201);
		JsonNode attempt = started[0].json();
		Map<String, String> rightTexts = rightTexts(api);
		Map<String, String> answers = new HashMap<>();
		for (JsonNode question : attempt.get("questions")) {
			String right = rightTexts.get(question.get("id").asString());
			for (JsonNode option : question.get("options")) {
				if (option.get("text").asString().equals(right)) {
					answers.put(question.get("id").asString(), option.get("id").asString());
				}
			}
		}
		Api.Reply result = api
			.post(ATTEMPTS + "/" + attempt.get("attemptId").asString() + "/answers", Map.of("answers", answers))
			.token(seller.token())
			.send();
		assertThat(result.status()).as(result.toString()).isEqualTo(200);
		assertThat(result.json().get("passed").asBoolean()).as(result.toString()).isTrue();
	}

	/** Each question's right option, in English, as operators see the bank. */
	private static Map<String, String> rightTexts(Api api) {
		return rightTexts(api, "textEn");
	}

	/**
	 * Each question's right option in that language's field ({@code textEn} or
	 * {@code textZh}), as operators see the bank: for a browser answering the exam.
	 */
	public static Map<String, String> rightTexts(Api api, String field) {
		Api.Reply bank = api.get("/api/v1/admin/exam/questions")
			.token(new StaffFixtures(api).operatorToken())
			.language("en")
			.send();
		assertThat(bank.status()).as(bank.toString()).isEqualTo(200);
		Map<String, String> right = new HashMap<>();
		for (JsonNode question : bank.json()) {
			for (JsonNode option : question.get("options")) {
				if (option.get("correct").asBoolean()) {
					right.put(question.get("id").asString(), option.get(field).asString());
				}
			}
		}
		return right;
	}

	/**
	 * The account id of a member ID (test set-up only; the service never reads it so).
	 */
	public UUID sellerId(String memberId) {
		return this.jdbc.sql("SELECT id FROM seller_account WHERE member_id = :member")
			.param("member", memberId)
			.query(UUID.class)
			.single();
	}

}
