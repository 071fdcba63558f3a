package io.kaidian.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.kaidian.notification.Outbox;
import io.kaidian.settlement.ApplicationClient;
import io.kaidian.support.Api;
import io.kaidian.support.ApprovedSellers;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' question bank over real HTTP (R-EXAM-2; API.md "Exam"; ADR 0026): only
 * operators, every edit a new version, bad questions refused naming each field, and an
 * attempt scored on the versions it drew whatever is edited meanwhile.
 */
class QuestionBankTests extends IntegrationTest {

	static final String QUESTIONS = "/api/v1/admin/exam/questions";

	@Autowired
	private Outbox outbox;

	@Autowired
	private ExamStatistics statistics;

	@Test
	void R_EXAM_2_operatorsAddAndEditQuestionsEachEditANewVersionInBothLanguages() {
		String operator = new StaffFixtures(this.api).operatorToken();
		Api.Reply added = this.api.post(QUESTIONS, question("FEES", "What is paid once a year?", 1))
			.token(operator)
			.send();
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String id = added.json().get("id").asString();
		assertThat(added.header("Location")).endsWith(QUESTIONS + "/" + id);
		assertThat(added.json().get("version").asInt()).isEqualTo(1);
		assertThat(added.json().get("topic").asString()).isEqualTo("FEES");

		Api.Reply edited = this.api.put(QUESTIONS + "/" + id, question("FEES", "What is paid every year?", 2))
			.token(operator)
			.send();
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("version").asInt()).isEqualTo(2);
		assertThat(edited.json().get("text").asString()).isEqualTo("What is paid every year?");
		assertThat(edited.json().get("options").get(2).get("correct").asBoolean()).isTrue();
		assertThat(edited.json().get("options").get(0).get("id"))
			.isNotEqualTo(added.json().get("options").get(0).get("id"));

		JsonNode inChinese = find(this.api.get(QUESTIONS).token(operator).language("zh-CN").send(), id);
		assertThat(inChinese.get("version").asInt()).isEqualTo(2);
		assertThat(inChinese.get("text").asString()).isEqualTo("每年缴纳什么？");
		assertThat(inChinese.get("options").get(0).get("text").asString()).isEqualTo("选项一");

		Api.Reply unknown = this.api.put(QUESTIONS + "/" + java.util.UUID.randomUUID(), question("FEES", "Q?", 0))
			.token(operator)
			.send();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("QUESTION_NOT_FOUND");
	}

	@Test
	void R_EXAM_2_aBadQuestionIsRefusedNamingEachFieldAndChangesNothing() {
		String operator = new StaffFixtures(this.api).operatorToken();
		int before = this.api.get(QUESTIONS).token(operator).send().json().size();

		Map<String, Object> noTopicTwoOptions = question("NOT_A_TOPIC", "Which fee?", 0);
		noTopicTwoOptions.put("options", List.of(option("A", "甲", true), option("B", "乙", false)));
		Api.Reply refused = this.api.post(QUESTIONS, noTopicTwoOptions).token(operator).send();
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(ApplicationClient.errors(refused)).containsEntry("topic", "QUESTION_TOPIC_INVALID")
			.containsEntry("options", "QUESTION_OPTIONS_COUNT");

		Map<String, Object> twoRight = question("FEES", "Which fee? See R-FEE-1", 0);
		twoRight.put("textZh", "");
		twoRight.put("options", List.of(option("A", "甲", true), option("B", "乙", true), option("C", "", false)));
		Api.Reply refusedAgain = this.api.post(QUESTIONS, twoRight).token(operator).send();
		assertThat(refusedAgain.status()).as(refusedAgain.toString()).isEqualTo(422);
		assertThat(ApplicationClient.errors(refusedAgain)).containsEntry("textEn", "QUESTION_TEXT_CITES_RULE")
			.containsEntry("textZh", "QUESTION_TEXT_REQUIRED")
			.containsEntry("options", "QUESTION_ONE_RIGHT_OPTION")
			.containsEntry("options[2].textZh", "QUESTION_TEXT_REQUIRED");

		assertThat(this.api.get(QUESTIONS).token(operator).send().json().size()).isEqualTo(before);
	}

	@Test
	void R_EXAM_2_onlyOperatorsManageTheBank() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).unverified();
		String reviewer = new StaffFixtures(this.api).tokenFor("REVIEWER");
		assertThat(this.api.get(QUESTIONS).token(seller.token()).send().status()).isEqualTo(403);
		assertThat(this.api.get(QUESTIONS).token(reviewer).send().status()).isEqualTo(403);
		assertThat(this.api.post(QUESTIONS, question("FEES", "Q?", 0)).token(reviewer).send().status()).isEqualTo(403);
		assertThat(this.api.get(QUESTIONS).send().status()).isEqualTo(401);
	}

	@Test
	void R_EXAM_2_aQuestionEditedMidAttemptLeavesThatAttemptsScoringUnchanged() {
		ApprovedSellers.Seller seller = new ApprovedSellers(this.api, baseUrl(), mail, this.outbox).enterprise();
		ExamClient exam = new ExamClient(this.api, baseUrl());
		exam.approve(seller);
		exam.payFees(seller);
		JsonNode attempt = exam.firstAttempt(seller);
		Map<String, String> allRight = exam.answers(attempt, attempt.get("questions").size());

		// the operator moves the right answer of one of the attempt's questions elsewhere
		String edited = attempt.get("questions").get(0).get("id").asString();
		JsonNode current = exam.bank().get(edited);
		List<Map<String, Object>> options = new ArrayList<>();
		boolean moved = false;
		for (JsonNode option : current.get("options")) {
			boolean wasRight = option.get("correct").asBoolean();
			options.add(option(option.get("textEn").asString(), option.get("textZh").asString(), !wasRight && !moved));
			moved |= !wasRight;
		}
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("topic", current.get("topic").asString());
		draft.put("textEn", current.get("textEn").asString());
		draft.put("textZh", current.get("textZh").asString());
		draft.put("options", options);
		Api.Reply put = this.api.put(QUESTIONS + "/" + edited, draft).token(exam.operatorToken()).send();
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(put.json().get("version").asInt()).isEqualTo(current.get("version").asInt() + 1);

		// scored on the version drawn: every answer right
		Api.Reply result = exam.answer(seller, attempt.get("attemptId").asString(), allRight);
		assertThat(result.status()).as(result.toString()).isEqualTo(200);
		assertThat(result.json().get("score").asInt()).isEqualTo(100);
		assertThat(result.json().get("passed").asBoolean()).isTrue();

		// the figures are of the current version: the edited one starts afresh
		ExamStatistics.QuestionFigures figures = this.statistics.questions()
			.stream()
			.filter((f) -> f.question().id().toString().equals(edited))
			.findFirst()
			.orElseThrow();
		assertThat(figures.question().version()).isEqualTo(put.json().get("version").asInt());
		assertThat(figures.answered()).isZero();
		String other = attempt.get("questions").get(1).get("id").asString();
		assertThat(this.statistics.questions()
			.stream()
			.filter((f) -> f.question().id().toString().equals(other))
			.findFirst()
			.orElseThrow()
			.answered()).isPositive();
		assertThat(this.statistics.weeks()).isNotEmpty().allSatisfy((week) -> assertThat(week.closed()).isPositive());
	}

	private static JsonNode find(Api.Reply bank, String id) {
		assertThat(bank.status()).as(bank.toString()).isEqualTo(200);
		return bank.json().valueStream().filter((q) -> q.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

	/** A question with three options, the given one right. */
	static Map<String, Object> question(String topic, String textEn, int right) {
		Map<String, Object> question = new LinkedHashMap<>();
		question.put("topic", topic);
		question.put("textEn", textEn);
		question.put("textZh", textEn.equals("What is paid every year?") ? "每年缴纳什么？" : "缴纳什么？");
		question.put("options", List.of(option("Option one", "选项一", right == 0),
				option("Option two", "选项二", right == 1), option("Option three", "选项三", right == 2)));
		return question;
	}

	static Map<String, Object> option(String en, String zh, boolean correct) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("textEn", en);
		option.put("textZh", zh);
		option.put("correct", correct);
		return option;
	}

}
