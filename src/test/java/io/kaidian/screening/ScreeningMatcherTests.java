package io.kaidian.screening;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R-REG-5: screening sees through case, full-width forms, inserted separators, zero-width
 * and look-alike characters; English terms match as words, Chinese terms as substrings.
 * Built directly from a term list: no Spring, no database.
 */
class ScreeningMatcherTests {

	static final Screening screening = Screening.of(List.of(ScreeningTerm.prohibited("sex"),
			ScreeningTerm.prohibited("cunt"), ScreeningTerm.prohibited("counterfeit"),
			ScreeningTerm.prohibited("replica"), ScreeningTerm.prohibited("replicas"), ScreeningTerm.prohibited("高仿"),
			ScreeningTerm.prohibited("假货"), ScreeningTerm.prohibited("A货"), ScreeningTerm.protectedBrand("Nike"),
			ScreeningTerm.protectedBrand("Apple"), ScreeningTerm.protectedBrand("adidas"),
			ScreeningTerm.protectedBrand("Louis Vuitton"), ScreeningTerm.protectedBrand("华为"),
			ScreeningTerm.protectedBrand("3M"), ScreeningTerm.protectedBrand("Coca-Cola")));

	@ParameterizedTest
	@ValueSource(strings = { "nike", "NIKE", "NiKe", "Nike Outlet", "shop nike" })
	void R_REG_5_caseIsIgnored(String text) {
		assertHits(text, "Nike");
	}

	@Test
	void R_REG_5_fullWidthBrandIsCaught() {
		ScreeningResult result = check("ＮＩＫＥ旗舰店");

		assertThat(result.passed()).isFalse();
		assertThat(result.hits()).extracting(Hit::term, Hit::list, Hit::matched, Hit::start, Hit::end)
			.containsExactly(tuple("Nike", TermList.PROTECTED_BRAND, "ＮＩＫＥ", 0, 4));
	}

	@ParameterizedTest
	@ValueSource(strings = { "n.i.k.e", "n i k e", "n-i_k*e", "N·I·K·E", "n/i/k/e store", "best n..i..k..e shoes",
			"n\ti\nk e", "n🔥i🔥k🔥e" })
	void R_REG_5_insertedSeparatorsAreSeenThrough(String text) {
		assertHits(text, "Nike");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD" })
	void R_REG_5_zeroWidthCharactersAreSeenThrough(String invisible) {
		assertHits("N" + invisible + "i" + invisible + "ke", "Nike");
		assertHits("高" + invisible + "仿", "高仿");
	}

	@Test
	void R_REG_5_zeroWidthCharactersDoNotSplitWords() {
		assertThat(check("Es\u200Bsex").passed()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nіkе", "nikе", "ΝΙΚΕ", "Νικε", "ΝІКЕ" })
	void R_REG_5_cyrillicAndGreekLookAlikesAreSeenThrough(String text) {
		assertHits(text, "Nike");
	}

	@Test
	void R_REG_5_cyrillicLookAlikesInAnotherBrand() {
		assertHits("Аррlе Store", "Apple");
		assertHits("соunterfeit", "counterfeit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "N1KE", "n1ke", "Nik3", "N1K3 outlet" })
	void R_REG_5_digitsAsLettersAreSeenThrough(String text) {
		assertHits(text, "Nike");
	}

	@Test
	void R_REG_5_signsAndDigitsAsLettersInOtherTerms() {
		assertHits("@pple", "Apple");
		assertHits("4pple store", "Apple");
		assertHits("s3x toys", "sex");
		assertHits("$ex shop", "sex");
		assertHits("5EX", "sex");
		assertHits("c0unterfeit", "counterfeit");
		assertHits("ad1da5", "adidas");
		assertHits("1ouis vuitton", "Louis Vuitton");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Studio 54", "Room 101", "Route 66 Diner", "EM Tools", "Pier 39", "A1 Auto Parts",
			"7-Eleven", "Area 51", "Top 10 Deals", "Sun 0.5 kg", "$5 store", "info@example" })
	void R_REG_5_digitsAsLettersDoNotInventTerms(String text) {
		assertThat(check(text).hits()).isEmpty();
	}

	@Test
	void R_REG_5_termsWithDigitsMatchTheirDigits() {
		assertHits("3M tape", "3M");
		assertHits("３Ｍ", "3M");
		assertThat(check("EM tape").passed()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Essex", "Essex Tea House", "Sussex", "Middlesex Books", "ESSEX", "essex-based",
			"Tom's ex-wife", "Les ex-libris", "Scunthorpe", "SCUNTHORPE United", "Pineapple Express", "Snapple",
			"grapple hooks", "Nikon", "replicate", "adidasfan", "Counterfeiter Watch Club" })
	void R_REG_5_englishTermsMatchOnlyAsWholeWords(String text) {
		assertThat(check(text).hits()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sex", "Sex Shop", "sex-toys", "s.e.x", "S E X", "#sex", "sex!", "toys (sex)", "s'e'x" })
	void R_REG_5_spelledOutOrPunctuatedWordsAreCaught(String text) {
		assertHits(text, "sex");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "NikeStore", "NIKEStore", "NIKEstore", "BestNikeDeals", "nike2024", "2024nike", "iLoveNike" })
	void R_REG_5_camelCaseAndDigitsSeparateWords(String text) {
		assertHits(text, "Nike");
	}

	@Test
	void R_REG_5_multiWordTermsMatchHoweverTheWordsAreJoined() {
		for (String text : List.of("Louis Vuitton bags", "LouisVuitton", "louis-vuitton", "LOUIS VUITTON",
				"louisvuitton", "Ｌｏｕｉｓ　Ｖｕｉｔｔｏｎ")) {
			assertHits(text, "Louis Vuitton");
		}
		assertHits("coca cola", "Coca-Cola");
		assertHits("CocaCola", "Coca-Cola");
	}

	@Test
	void R_REG_5_aLongerTermIsFoundWhereAShorterOneIsNoWord() {
		assertHits("replicas", "replicas");
		assertHits("replica watch", "replica");
	}

	@Test
	void R_REG_5_chineseTermsMatchAsSubstrings() {
		assertThat(check("高仿手表专卖").hits()).extracting(Hit::term, Hit::list, Hit::matched, Hit::start, Hit::end)
			.containsExactly(tuple("高仿", TermList.PROHIBITED, "高仿", 0, 2));
		assertHits("正品华为手机店", "华为");
		assertHits("华为nova专卖", "华为");
		assertHits("不卖假货", "假货");
	}

	@Test
	void R_REG_5_chineseTermsSeeThroughSeparatorsAndTraditionalCharacters() {
		assertHits("高.仿手表", "高仿");
		assertHits("华 为", "华为");
		ScreeningResult traditional = check("華為手機");
		assertThat(traditional.hits()).extracting(Hit::term, Hit::matched).containsExactly(tuple("华为", "華為"));
	}

	@Test
	void R_REG_5_englishTermsNextToChineseAreWords() {
		assertHits("nike旗舰店", "Nike");
		assertHits("正品nike", "Nike");
		assertHits("这是A货店", "A货");
		assertThat(check("DATA货店").passed()).isTrue();
	}

	@Test
	void R_REG_5_accentsAndStyledLettersAreSeenThrough() {
		assertHits("Nïké", "Nike");
		ScreeningResult bold = check("𝐍𝐢𝐤𝐞 shoes");
		assertThat(bold.hits()).extracting(Hit::matched, Hit::start, Hit::end).containsExactly(tuple("𝐍𝐢𝐤𝐞", 0, 8));
	}

	@Test
	void R_REG_5_hitReportsTermListAndOffsetsInTheOriginalText() {
		String text = "Best Ｎ.ｉ.ｋ.ｅ 高仿 shoes";

		ScreeningResult result = check(text);

		assertThat(result.hits()).extracting(Hit::term, Hit::list, Hit::matched, Hit::start, Hit::end)
			.containsExactly(tuple("Nike", TermList.PROTECTED_BRAND, "Ｎ.ｉ.ｋ.ｅ", 5, 12),
					tuple("高仿", TermList.PROHIBITED, "高仿", 13, 15));
		assertThat(result.hits())
			.allSatisfy((hit) -> assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.matched()));
		assertThat(result.hits(TermList.PROHIBITED)).extracting(Hit::term).containsExactly("高仿");
	}

	@Test
	void R_REG_5_hitsBecomeViolationsWithTheirCodes() {
		ScreeningResult result = check("N.I.K.E nike 高仿");

		assertThat(result.violations("name")).containsExactly(
				Violation.of("name", "PROTECTED_BRAND", "N.I.K.E", "Nike"),
				Violation.of("name", "PROHIBITED_TERM", "高仿", "高仿"));
	}

	@Test
	void R_REG_5_everyHitIsReported() {
		assertThat(check("nike vs adidas, 华为 or apple").hits()).extracting(Hit::term)
			.containsExactly("Nike", "adidas", "华为", "Apple");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "...", "\u200B", "Golden Harbor Trading", "金港贸易有限公司" })
	void R_REG_5_cleanTextsPass(String text) {
		assertThat(check(text).passed()).isTrue();
	}

	@Test
	void anEmptyDictionaryPassesEverything() {
		assertThat(Screening.of(List.of()).check("nike", ScreeningContext.STORE_NAME).passed()).isTrue();
	}

	private static ScreeningResult check(String text) {
		return screening.check(text, ScreeningContext.STORE_NAME);
	}

	private static void assertHits(String text, String term) {
		ScreeningResult result = check(text);
		assertThat(result.passed()).as(text).isFalse();
		assertThat(result.hits()).as(text).extracting(Hit::term).contains(term);
		assertThat(result.hits()).as(text)
			.allSatisfy((hit) -> assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.matched()));
	}

}
