package io.kaidian.exam;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the exam's question bank seed (R-EXAM-2) against the format agreed with the exam
 * module: every question well formed, in both languages, without anything a seller must
 * not read. A plain test on the file, so a bad seed fails fast and without a Spring
 * context.
 */
class QuestionBankContentTests {

	private static final String SEED = "/exam/question-bank.json";

	private static final List<String> TOPICS = List.of("REGISTRATION", "IDENTITY", "STORE_TYPES_AND_BRANDS",
			"CATEGORIES", "FEES", "OPENING", "GRADING", "PENALTIES_AND_APPEALS");

	private static final List<String> LANGUAGES = List.of("en", "zh-CN");

	private static final Pattern KEY = Pattern.compile("[A-Z]+-\\d{2}");

	private static final Pattern RULE = Pattern.compile("R-[A-Z]+-\\d+");

	private static final Pattern FORBIDDEN = Pattern.compile("\\bR-[A-Z]+|PRODUCT\\.md|\\bADR\\b");

	private static JsonNode bank;

	@BeforeAll
	static void readSeed() throws IOException {
		try (InputStream in = QuestionBankContentTests.class.getResourceAsStream(SEED)) {
			assertThat(in).as(SEED + " on the class path").isNotNull();
			bank = JsonMapper.builder().build().readTree(in);
		}
		assertThat(bank.isArray()).as("the seed is a JSON array").isTrue();
	}

	@Test
	void keysAreWellFormedAndUnique() {
		Set<String> keys = new HashSet<>();
		for (JsonNode question : bank) {
			String key = question.path("key").asString("");
			assertThat(key).matches(KEY);
			assertThat(keys.add(key)).as("key %s is unique", key).isTrue();
		}
	}

	@Test
	void everyTopicIsKnownAndHasAtLeastTenQuestions() {
		Map<String, Integer> perTopic = new HashMap<>();
		for (JsonNode question : bank) {
			String topic = question.path("topic").asString("");
			assertThat(TOPICS).as("topic of %s", key(question)).contains(topic);
			perTopic.merge(topic, 1, Integer::sum);
		}
		for (String topic : TOPICS) {
			assertThat(perTopic.getOrDefault(topic, 0)).as("questions on %s", topic).isGreaterThanOrEqualTo(10);
		}
		assertThat(bank.size()).isGreaterThanOrEqualTo(88);
	}

	@Test
	void everyQuestionHasThreeToFiveDistinctOptionsAndExactlyOneCorrect() {
		for (JsonNode question : bank) {
			JsonNode options = question.path("options");
			assertThat(options.size()).as("options of %s", key(question)).isBetween(3, 5);
			long correct = 0;
			for (JsonNode option : options) {
				assertThat(option.path("correct").isBoolean()).as("'correct' of %s is a boolean", key(question))
					.isTrue();
				correct += option.path("correct").asBoolean() ? 1 : 0;
			}
			assertThat(correct).as("correct options of %s", key(question)).isEqualTo(1);
			for (String language : LANGUAGES) {
				Set<String> texts = new HashSet<>();
				for (JsonNode option : options) {
					String text = option.path(language).asString("").strip();
					assertThat(texts.add(text)).as("option '%s' of %s is not repeated", text, key(question)).isTrue();
				}
			}
		}
	}

	@Test
	void everyTextIsInBothLanguagesWithoutRuleOrDocumentReferences() {
		for (JsonNode question : bank) {
			for (JsonNode text : texts(question)) {
				for (String language : LANGUAGES) {
					String value = text.path(language).asString("");
					assertThat(value).as("%s text of %s", language, key(question)).isNotBlank();
					assertThat(FORBIDDEN.matcher(value).find())
						.as("%s text of %s names a rule or a document: %s", language, key(question), value)
						.isFalse();
				}
			}
		}
	}

	@Test
	void everyQuestionNamesTheRulesItIsWrittenFrom() {
		for (JsonNode question : bank) {
			JsonNode rules = question.path("rules");
			assertThat(rules.isArray() && !rules.isEmpty()).as("rules of %s", key(question)).isTrue();
			for (JsonNode rule : rules) {
				assertThat(rule.asString("")).as("rule of %s", key(question)).matches(RULE);
			}
		}
	}

	private static List<JsonNode> texts(JsonNode question) {
		List<JsonNode> texts = new ArrayList<>();
		texts.add(question.path("text"));
		question.path("options").forEach(texts::add);
		return texts;
	}

	private static String key(JsonNode question) {
		return question.path("key").asString("?");
	}

}
