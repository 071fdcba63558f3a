package io.kaidian.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kaidian.platform.rules.RuleViolationException;

/**
 * Loads the seed question bank ({@code kaidian.exam.seed}, the format of
 * docs/guide/exam.md) as version 1 of each question when the bank is empty, at start-up.
 * Instances starting together take a transaction-scoped advisory lock, so the seed is
 * loaded once; a seed that breaks the bank's rules stops the start-up, naming the
 * question.
 */
@Component
class QuestionBankSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(QuestionBankSeed.class);

	/** The advisory lock's key: "exam" in ASCII. */
	private static final long LOCK = 0x6578616dL;

	private static final TypeReference<List<SeedQuestion>> SEED = new TypeReference<>() {
	};

	private final Questions questions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final ExamProperties properties;

	QuestionBankSeed(Questions questions, JdbcClient jdbc, TransactionTemplate transactions, ResourceLoader resources,
			JsonMapper json, ExamProperties properties) {
		this.questions = questions;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.resources = resources;
		this.json = json;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		int loaded = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, row) -> 1).single();
			if (!this.questions.empty()) {
				return 0;
			}
			List<Checked> seed = read();
			seed.forEach(
					(question) -> this.questions.add(UUID.randomUUID(), question.key(), question.content(), "seed"));
			return seed.size();
		});
		if (loaded > 0) {
			log.info("R-EXAM-2: loaded {} seed questions from {} into the empty bank", loaded, this.properties.seed());
		}
	}

	/** The seed, every question checked against the bank's rules. */
	List<Checked> read() {
		try (InputStream in = this.resources.getResource(this.properties.seed()).getInputStream()) {
			return check(this.json.readValue(in, SEED), this.properties.textMaxLength());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the exam seed " + this.properties.seed(), ex);
		}
	}

	/** Checks every seed question; the first unfit one stops the start-up. */
	static List<Checked> check(List<SeedQuestion> seed, int maxLength) {
		Set<String> keys = new HashSet<>();
		return seed.stream().map((question) -> {
			if (question.key() == null || question.key().isBlank() || !keys.add(question.key())) {
				throw new IllegalStateException(
						"Exam seed: a question without a key or with a repeated one: " + question.key());
			}
			try {
				return new Checked(question.key(), QuestionRules.check(question.draft(), maxLength));
			}
			catch (RuleViolationException ex) {
				throw new IllegalStateException("Exam seed: question " + question.key() + " " + ex.violations(), ex);
			}
		}).toList();
	}

	/**
	 * A question of the seed file.
	 *
	 * @param key its stable key
	 * @param topic its topic
	 * @param rules the rules it is written from (for operators and docs only)
	 * @param text the question, {@code en} and {@code zh-CN}
	 * @param options the options, each with {@code en}, {@code zh-CN} and {@code correct}
	 */
	record SeedQuestion(@Nullable String key, @Nullable String topic, @Nullable List<String> rules,
			@Nullable Map<String, String> text, @Nullable List<Map<String, Object>> options) {

		QuestionDraft draft() {
			Map<String, String> texts = this.text != null ? this.text : Map.of();
			return new QuestionDraft(this.topic, texts.get("en"), texts.get("zh-CN"),
					(this.options != null ? this.options : List.<Map<String, Object>>of()).stream()
						.map((option) -> new QuestionDraft.OptionDraft((String) option.get("en"),
								(String) option.get("zh-CN"), (Boolean) option.get("correct")))
						.toList());
		}

	}

	/**
	 * A seed question fit for the bank.
	 *
	 * @param key its stable key
	 * @param content its content
	 */
	record Checked(String key, QuestionRules.Content content) {
	}

}
