package io.kaidian.screening;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kaidian.support.Api;
import io.kaidian.support.IntegrationTest;
import io.kaidian.support.StaffFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R-REG-5: operators edit the prohibited-term and protected-brand lists through
 * {@code /api/v1/admin/screening/terms}, and screening uses them without a restart.
 */
class ScreeningTermsApiTests extends IntegrationTest {

	static final String TERMS = "/api/v1/admin/screening/terms";

	@Autowired
	Screening screening;

	@Autowired
	JdbcClient jdbc;

	private StaffFixtures staff;

	private String operator;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.api);
		this.operator = this.staff.operatorToken();
	}

	@Test
	void R_REG_5_theInitialDictionaryCatchesAFullWidthBrand() {
		ScreeningResult result = this.screening.check("ＮＩＫＥ官方店", ScreeningContext.STORE_NAME);

		assertThat(result.hits()).extracting(Hit::term, Hit::list, Hit::matched, Hit::start, Hit::end)
			.containsExactly(tuple("Nike", TermList.PROTECTED_BRAND, "ＮＩＫＥ", 0, 4));
	}

	@Test
	void R_REG_5_theInitialDictionaryCatchesProhibitedTermsInBothLanguages() {
		assertThat(this.screening.check("高仿名表", ScreeningContext.STORE_NAME).hits()).extracting(Hit::term, Hit::list)
			.containsExactly(tuple("高仿", TermList.PROHIBITED));
		assertThat(this.screening.check("r.e.p.l.i.c.a-watches", ScreeningContext.EMAIL_LOCAL_PART).hits())
			.extracting(Hit::term, Hit::list)
			.containsExactly(tuple("replica", TermList.PROHIBITED));
		assertThat(this.screening.check("Golden Harbor Trading 金港贸易", ScreeningContext.STORE_NAME).passed()).isTrue();
	}

	@Test
	void theInitialDictionaryIsStoredInItsNormalisedForm() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT term, term_normalized FROM screening_term WHERE created_by IS NULL")
			.query()
			.listOfRows();

		assertThat(rows).hasSizeGreaterThan(80);
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("term_normalized")).as(row.get("term").toString())
			.isEqualTo(TextNormaliser.term(row.get("term").toString())));
	}

	@Test
	void operatorListsTheTermsOfOneList() {
		Api.Reply reply = this.api.get(TERMS + "?list=PROTECTED_BRAND").token(this.operator).send();

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode terms = reply.json();
		assertThat(terms.size()).isGreaterThan(30);
		assertThat(terms.valueStream().map((term) -> term.get("list").asString())).containsOnly("PROTECTED_BRAND");
		assertThat(terms.valueStream().map((term) -> term.get("term").asString())).contains("Nike", "华为",
				"Louis Vuitton");
		JsonNode louis = terms.valueStream()
			.filter((term) -> term.get("term").asString().equals("Louis Vuitton"))
			.findFirst()
			.orElseThrow();
		assertThat(louis.get("matchedAs").asString()).isEqualTo("louisvuitton");
		assertThat(louis.get("id").asString()).isNotBlank();
		assertThat(louis.get("createdAt").asString()).isNotBlank();
	}

	@Test
	void operatorListsBothLists() {
		Api.Reply reply = this.api.get(TERMS).token(this.operator).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().valueStream().map((term) -> term.get("list").asString())).contains("PROHIBITED",
				"PROTECTED_BRAND");
	}

	@Test
	void R_REG_5_aTermAnOperatorAddsIsCaughtByTheNextCheckAndGoneWhenDeleted() {
		String brand = "Zorb" + letters(6);
		String evasion = "Best " + String.join(".", brand.toUpperCase().split("")) + " deals";
		assertThat(this.screening.check(evasion, ScreeningContext.STORE_NAME).passed()).isTrue();

		Api.Reply added = this.api.post(TERMS, Map.of("term", brand, "list", "PROTECTED_BRAND"))
			.token(this.operator)
			.send();

		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		JsonNode entry = added.json();
		assertThat(entry.get("term").asString()).isEqualTo(brand);
		assertThat(entry.get("list").asString()).isEqualTo("PROTECTED_BRAND");
		assertThat(entry.get("matchedAs").asString()).isEqualTo(brand.toLowerCase());
		assertThat(entry.get("createdBy").asString()).isNotBlank();
		assertThat(this.screening.check(evasion, ScreeningContext.STORE_NAME).hits()).extracting(Hit::term, Hit::list)
			.containsExactly(tuple(brand, TermList.PROTECTED_BRAND));
		assertThat(this.api.get(TERMS + "?list=PROTECTED_BRAND").token(this.operator).send().text()).contains(brand);

		Api.Reply deleted = this.api.delete(TERMS + "/" + entry.get("id").asString()).token(this.operator).send();

		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		assertThat(this.screening.check(evasion, ScreeningContext.STORE_NAME).passed()).isTrue();
		assertThat(this.api.get(TERMS).token(this.operator).send().text()).doesNotContain(brand);
	}

	@Test
	void R_REG_5_wordsAnOperatorAddsMatchAsWholeWords() {
		String id = add("sex", "PROHIBITED").get("id").asString();
		try {
			assertThat(this.screening.check("Essex Tea House", ScreeningContext.STORE_NAME).passed()).isTrue();
			assertThat(this.screening.check("Middlesex", ScreeningContext.STORE_NAME).passed()).isTrue();
			assertThat(this.screening.check("s.e.x toys", ScreeningContext.STORE_NAME).hits())
				.extracting(Hit::term, Hit::matched, Hit::start, Hit::end)
				.containsExactly(tuple("sex", "s.e.x", 0, 5));
			assertThat(this.screening.check("sex-toys", ScreeningContext.STORE_NAME).passed()).isFalse();
		}
		finally {
			assertThat(this.api.delete(TERMS + "/" + id).token(this.operator).send().status()).isEqualTo(204);
		}
	}

	@Test
	void oneTermMayBeInBothLists() {
		String term = "Quib" + letters(6);
		String prohibited = add(term, "PROHIBITED").get("id").asString();
		String brand = add(term, "PROTECTED_BRAND").get("id").asString();
		try {
			assertThat(this.screening.check(term, ScreeningContext.BRAND_NAME).hits()).extracting(Hit::list)
				.containsExactly(TermList.PROHIBITED, TermList.PROTECTED_BRAND);
		}
		finally {
			this.api.delete(TERMS + "/" + prohibited).token(this.operator).send();
			this.api.delete(TERMS + "/" + brand).token(this.operator).send();
		}
	}

	@Test
	void missingTermAndListAreReportedTogether() {
		Api.Reply reply = this.api.post(TERMS, Map.of()).token(this.operator).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(violations(reply)).containsExactly("term:REQUIRED", "list:REQUIRED");
	}

	@Test
	void unknownListIsRefused() {
		Api.Reply reply = this.api.post(TERMS, Map.of("term", "Quux" + letters(6), "list", "BANNED"))
			.token(this.operator)
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("TERM_LIST_INVALID");
		assertThat(violations(reply)).containsExactly("list:TERM_LIST_INVALID");
		assertThat(this.api.get(TERMS + "?list=BANNED").token(this.operator).send().json().get("code").asString())
			.isEqualTo("TERM_LIST_INVALID");
	}

	@Test
	void termsOfOneCharacterOnceNormalisedAreRefused() {
		Api.Reply reply = this.api.post(TERMS, Map.of("term", "x.", "list", "PROHIBITED")).token(this.operator).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("TERM_TOO_SHORT");
		assertThat(violations(reply)).containsExactly("term:TERM_TOO_SHORT");
	}

	@Test
	void overlongTermsAreRefused() {
		Api.Reply reply = this.api.post(TERMS, Map.of("term", "a".repeat(65), "list", "PROHIBITED"))
			.token(this.operator)
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(violations(reply)).containsExactly("term:LENGTH_INVALID");
	}

	@Test
	void aTermAlreadyInTheListInAnotherSpellingIsRefused() {
		Api.Reply reply = this.api.post(TERMS, Map.of("term", "Ｎ.i.K.e", "list", "PROTECTED_BRAND"))
			.token(this.operator)
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("code").asString()).isEqualTo("TERM_EXISTS");
		assertThat(violations(reply)).containsExactly("term:TERM_EXISTS");
	}

	@Test
	void deletingAnUnknownTermIs404() {
		Api.Reply reply = this.api.delete(TERMS + "/" + UUID.randomUUID()).token(this.operator).send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void reviewersMayNotReadOrEditTheLists() {
		String reviewer = this.staff.tokenFor("REVIEWER");

		assertThat(this.api.get(TERMS).token(reviewer).send().status()).isEqualTo(403);
		Api.Reply post = this.api.post(TERMS, Map.of("term", "Quux" + letters(6), "list", "PROHIBITED"))
			.token(reviewer)
			.send();
		assertThat(post.status()).isEqualTo(403);
		assertThat(post.json().get("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(this.api.delete(TERMS + "/" + UUID.randomUUID()).token(reviewer).send().status()).isEqualTo(403);
	}

	@Test
	void withoutATokenTheListsAreClosed() {
		assertThat(this.api.get(TERMS).send().status()).isEqualTo(401);
	}

	private JsonNode add(String term, String list) {
		Api.Reply reply = this.api.post(TERMS, Map.of("term", term, "list", list)).token(this.operator).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply.json();
	}

	private static List<String> violations(Api.Reply reply) {
		return reply.json()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("field").asString() + ":" + error.get("code").asString())
			.toList();
	}

	/** Random lower-case letters: terms no other test uses. */
	static String letters(int count) {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
