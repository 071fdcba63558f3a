package io.kaidian.exam;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer key never leaves the server (R-EXAM-2; ADR 0026): not in the attempt, not in
 * the result, not in any exam page's HTML, in either language. The seller's option ids
 * are of one attempt only, so they say nothing about the bank's options either.
 */
class ExamKeySecrecyTests extends IntegrationTest {

	/** A JSON field, attribute, class or data attribute naming the right option. */
	private static final Pattern KEY_MARK = Pattern.compile(
			"\"(correct|isCorrect|answerKey)\"\\s*:|data-(correct|right|answer)|class=\"[^\"]*\\b(correct|right)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");

	@Autowired
	private Outbox outbox;

	@Test
	void R_EXAM_2_theKeyIsAbsentFromEveryAnswerAndEveryPage() {
		ApprovedSellers sellers = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox);
		ExamClient exam = new ExamClient(this.api, baseUrl());
		ApprovedSellers.Seller seller = sellers.enterprise();
		exam.approve(seller);
		exam.payFees(seller);
		Pages pages = new Pages(baseUrl());
		pages.get("/sign-in?lang=zh-CN");
		assertThat(pages.post("/sign-in", Map.of("email", seller.email(), "password", seller.password())).status())
			.isEqualTo(302);

		JsonNode attempt = exam.firstAttempt(seller);
		Map<String, JsonNode> bank = exam.bank();
		Set<String> secrets = new HashSet<>();
		bank.values().forEach((q) -> q.get("options").forEach((o) -> secrets.add(o.get("id").asString())));

		// the attempt: only ids and texts
		assertThat(fieldNames(attempt)).containsExactlyInAnyOrder("attemptId", "expiresAt", "questions", "id", "text",
				"options");
		Api.Reply chinese = this.api.post(ExamClient.ATTEMPTS, "").token(seller.token()).language("zh-CN").send();
		assertThat(fieldNames(chinese.json())).isEqualTo(fieldNames(attempt));
		for (String body : new String[] { attempt.toString(), chinese.text() }) {
			assertNoKey(body, secrets);
		}

		// the attempt page, in Chinese: every option alike but for its id and text
		String attemptId = attempt.get("attemptId").asString();
		Pages.Page page = pages.get("/seller/exam/attempts/" + attemptId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"countdown\"");
		assertNoKey(page.body(), secrets);
		Matcher radios = RADIO.matcher(page.body());
		int count = 0;
		while (radios.find()) {
			assertThat(radios.group())
				.matches("<input type=\"radio\" name=\"answer\\.[0-9a-f-]{36}\" " + "value=\"[0-9a-f-]{36}\">");
			count++;
		}
		assertThat(count).isGreaterThanOrEqualTo(3 * attempt.get("questions").size());

		// the result, as an answer and as a page: a score and topics, never the right
		// answers
		Api.Reply result = exam.answer(seller, attemptId, exam.answers(attempt, 0));
		assertThat(result.status()).as(result.toString()).isEqualTo(200);
		assertThat(fieldNames(result.json())).containsExactlyInAnyOrder("score", "passed", "retakeAfter",
				"topicsToStudy", "topic", "title", "guide");
		assertNoKey(result.text(), secrets);
		Set<String> rightTexts = new HashSet<>();
		attempt.get("questions").forEach((q) -> rightTexts.add(ExamClient.rightText(bank.get(q.get("id").asString()))));
		for (String path : new String[] { "/seller/exam/attempts/" + attemptId + "/result", "/seller/exam",
				"/seller/exam/rules", "/seller" }) {
			Pages.Page shown = pages.get(path, "Accept-Language", "en");
			assertThat(shown.status()).as(path).isEqualTo(200);
			assertNoKey(shown.body(), secrets);
			if (path.contains("exam/attempts") || path.equals("/seller/exam")) {
				// a right option's text long enough not to be an everyday word
				rightTexts.stream()
					.filter((text) -> text.length() >= 12)
					.forEach((text) -> assertThat(shown.body()).as(path).doesNotContain(text));
			}
		}
		assertThat(pages.get("/seller/exam/attempts/" + attemptId + "/result").body())
			.contains("id=\"topics-to-study\"", "id=\"retake-after\"");
	}

	private static void assertNoKey(String body, Set<String> secrets) {
		assertThat(KEY_MARK.matcher(body).find()).as("a mark of the right option").isFalse();
		secrets.forEach((id) -> assertThat(body).doesNotContain(id));
	}

	private static Set<String> fieldNames(JsonNode node) {
		Set<String> names = new HashSet<>();
		if (node.isObject()) {
			node.propertyNames().forEach((name) -> {
				names.add(name);
				names.addAll(fieldNames(node.get(name)));
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> names.addAll(fieldNames(element)));
		}
		return names;
	}

}
