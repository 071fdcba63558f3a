package io.kaidian.exam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.kaidian.support.IntegrationTest;
import io.kaidian.support.Pages;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' exam pages over real HTTP (R-EXAM-2; docs/guide/exam.md): the bank with
 * its figures and the weekly pass rate, adding a question, and an edit that writes a new
 * version; a refused question shows why and changes nothing.
 */
class QuestionBankPagesTests extends IntegrationTest {

	private static final Pattern QUESTION_ROW = Pattern.compile("id=\"question-([0-9a-f-]{36})\"");

	@Test
	void R_EXAM_2_anOperatorAddsAQuestionAndEditsItIntoANewVersionFromThePages() {
		StaffFixtures staff = new StaffFixtures(this.api);
		StaffFixtures.Credentials operator = staff.create("OPERATOR");
		Pages pages = new Pages(baseUrl());
		pages.get("/staff/sign-in", "Accept-Language", "en");
		assertThat(pages.post("/sign-in", Map.of("email", operator.email(), "password", operator.password())).status())
			.isEqualTo(302);

		Pages.Page bank = pages.get("/staff/operations/exam", "Accept-Language", "en");
		assertThat(bank.status()).isEqualTo(200);
		assertThat(bank.body()).contains("Exam questions", "Pass rate per week", "Wrong option chosen most");
		assertThat(pages.get("/staff", "Accept-Language", "en").body()).contains("id=\"exam-bank-link\"");

		// a question with two right options is refused, with the reason
		pages.get("/staff/operations/exam/questions/new", "Accept-Language", "en");
		Pages.Page refused = pages.post("/staff/operations/exam/questions",
				form("Which fee is refunded when the store closes?", null), "Accept-Language", "en");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"errors\"", "Mark exactly one option as right.");

		Pages.Page added = pages.post("/staff/operations/exam/questions",
				form("Which fee is refunded when the store closes?", "1"), "Accept-Language", "en");
		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		String page = pages.get("/staff/operations/exam", "Accept-Language", "en").body();
		assertThat(page).contains("id=\"saved\"", "Which fee is refunded when the store closes?");
		String id = idOf(page, "Which fee is refunded when the store closes?");

		Pages.Page editor = pages.get("/staff/operations/exam/questions/" + id, "Accept-Language", "en");
		assertThat(editor.body()).contains("Edit the question (version 1)", "The deposit");
		Pages.Page saved = pages.post("/staff/operations/exam/questions/" + id,
				form("Which fee is paid back when the store closes?", "1"), "Accept-Language", "en");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(pages.get("/staff/operations/exam/questions/" + id, "Accept-Language", "zh-CN").body())
			.contains("编辑题目（版本 2）");
	}

	private static String idOf(String page, String text) {
		int at = page.indexOf(text);
		Matcher row = QUESTION_ROW.matcher(page.substring(0, at));
		String id = null;
		while (row.find()) {
			id = row.group(1);
		}
		return id;
	}

	private static Map<String, String> form(String textEn, String correct) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("topic", "FEES");
		form.put("textEn", textEn);
		form.put("textZh", "店铺关闭时退还哪项费用？");
		String[][] options = { { "The annual fee", "年费" }, { "The deposit", "保证金" }, { "Neither", "都不退还" } };
		for (int i = 0; i < options.length; i++) {
			form.put("optionEn." + i, options[i][0]);
			form.put("optionZh." + i, options[i][1]);
		}
		if (correct != null) {
			form.put("correct", correct);
		}
		return form;
	}

}
