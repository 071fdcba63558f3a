package io.kaidian.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R-REG-5: in texts written run together (email local parts, sub-domains) Latin words are
 * split with the English word list before terms are matched ({@link Segmenter},
 * docs/adr/0018), so {@code replicawatches} holds {@code replica} while
 * {@code essexflowers} holds no {@code sex}. No Spring, no database.
 */
class ScreeningSegmentationTests {

	static final Screening screening = Screening.of(List.of(ScreeningTerm.prohibited("replica"),
			ScreeningTerm.prohibited("sex"), ScreeningTerm.prohibited("cunt"), ScreeningTerm.prohibited("rapist"),
			ScreeningTerm.prohibited("anal"), ScreeningTerm.prohibited("porn"), ScreeningTerm.prohibited("Kaidian"),
			ScreeningTerm.prohibited("高仿"), ScreeningTerm.protectedBrand("Nike"), ScreeningTerm.protectedBrand("Apple"),
			ScreeningTerm.protectedBrand("Moutai"), ScreeningTerm.protectedBrand("Louis Vuitton"),
			ScreeningTerm.protectedBrand("Coca-Cola"), ScreeningTerm.protectedBrand("华为")));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			replicawatches      | replica
			nikeofficialstore   | Nike
			officialnike        | Nike
			bestnikeshoes       | Nike
			applestore          | Apple
			wangnike            | Nike
			pornhub             | porn
			nikeshop2024        | Nike
			""")
	void R_REG_5_runTogetherWordsAreSplitBeforeTermsMatch(String localPart, String term) {
		assertHits(localPart, term);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			kaidianshop         | Kaidian
			moutaistore         | Moutai
			louisvuittonbags    | Louis Vuitton
			cheaplouisvuitton   | Louis Vuitton
			cocacolafans        | Coca-Cola
			""")
	void R_REG_5_dictionaryTermsTheWordListLacksAreSplitOut(String localPart, String term) {
		assertHits(localPart, term);
	}

	@ParameterizedTest
	@ValueSource(strings = { "essexflowers", "scunthorpefarm", "therapist", "analysis", "pineapplefarm",
			"sussexanalytics", "canalstreet", "heroineshop", "sexton1998", "analog1980", "therapists",
			"psychotherapist", "middlesexbooks", "grapeshop", "essex", "zhangwei", "lixiaoming88", "seller" })
	void R_REG_5_cleanCompoundsStayClean(String localPart) {
		assertThat(check(localPart).hits()).as(localPart).isEmpty();
	}

	@Test
	void R_REG_5_aHitQuotesTheSplitWordWithItsOffsets() {
		assertThat(check("cheapreplicawatches").hits()).extracting(Hit::term, Hit::matched, Hit::start, Hit::end)
			.containsExactly(tuple("replica", "replica", 5, 12));
		assertThat(check("shoplouisvuitton").hits()).extracting(Hit::term, Hit::matched, Hit::start, Hit::end)
			.containsExactly(tuple("Louis Vuitton", "louisvuitton", 4, 16));
	}

	@Test
	void R_REG_5_lookAlikeDigitsInsideRunTogetherWordsAreSeenThrough() {
		assertHits("n1keofficial", "Nike");
		assertHits("rep1icawatches", "replica");
	}

	@Test
	void R_REG_5_dottedAndRunTogetherFormsAreRefusedAlike() {
		for (String localPart : List.of("nike.official", "nikeofficial", "official.nike", "officialnike")) {
			assertHits(localPart, "Nike");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "replicawatches", "nikeofficialstore", "adidasfan" })
	void R_REG_5_storeNamesAndBrandsKeepWholeWords(String text) {
		assertThat(screening.check(text, ScreeningContext.STORE_NAME).passed()).as(text).isTrue();
		assertThat(screening.check(text, ScreeningContext.BRAND_NAME).passed()).as(text).isTrue();
	}

	@Test
	void R_REG_5_subDomainsAreSplitLikeLocalParts() {
		assertThat(screening.check("replicawatches", ScreeningContext.STORE_DOMAIN).hits()).extracting(Hit::term)
			.containsExactly("replica");
	}

	@Test
	void R_REG_5_otherScreeningStillAppliesToLocalParts() {
		assertHits("Ｎ.ｉ.ｋ.ｅ", "Nike");
		assertHits("高仿watches", "高仿");
		assertHits("华为nike", "华为");
		assertThat(check("nike.华为").hits()).extracting(Hit::term).containsExactly("Nike", "华为");
	}

	@Test
	void withoutSplittingContextsNothingIsSplit() {
		Screening whole = Screening.of(List.of(ScreeningTerm.prohibited("replica")),
				new ScreeningProperties.Segmentation(EnumSet.noneOf(ScreeningContext.class), 5000, 6, 3));

		assertThat(whole.check("replicawatches", ScreeningContext.EMAIL_LOCAL_PART).passed()).isTrue();
		assertThat(whole.check("replica.watches", ScreeningContext.EMAIL_LOCAL_PART).passed()).isFalse();
	}

	@Test
	void theWordListCostsFollowZipfsLaw() {
		Lexicon english = EnglishWords.lexicon();

		assertThat(EnglishWords.size()).isEqualTo(100_000);
		assertThat(english.cost("the")).isEqualTo(EnglishWords.cost(0));
		assertThat(english.cost("therapist")).isLessThan(english.cost("the") + english.cost("rapist"));
		assertThat(english.cost("essex")).isLessThan(english.cost("es") + english.cost("sex"));
		assertThat(english.cost("kaidian")).isInfinite();
		assertThat(english.cost("Essex")).isInfinite();
	}

	@Test
	void aLexiconFindsEveryPrefixWordAlongAText() {
		Lexicon lexicon = Lexicon.of(Map.of("nik", 3f, "nike", 1f, "nikes", 2f, "apple", 4f, "Upper", 5f, "华为", 6f));

		assertThat(lexicon.cost("nike")).isEqualTo(1f);
		assertThat(lexicon.cost("nikes")).isEqualTo(2f);
		assertThat(lexicon.cost("nik")).isEqualTo(3f);
		assertThat(lexicon.cost("ni")).isInfinite();
		assertThat(lexicon.cost("upper")).isInfinite();
		assertThat(lexicon.longest()).isEqualTo(5);
		int node = Lexicon.ROOT;
		for (char c : "apple".toCharArray()) {
			node = lexicon.next(node, c);
		}
		assertThat(lexicon.cost(node)).isEqualTo(4f);
		assertThat(lexicon.next(node, 's')).isEqualTo(Lexicon.NONE);
	}

	@Test
	void splitsBecomeSeparatorsThatTakeNoRoomInTheOriginal() {
		Segmenter segmenter = Segmenter.of(List.of("nike"), ScreeningProperties.Segmentation.DEFAULTS);
		String text = "nikeofficialstore";

		TextNormaliser.Skeleton split = segmenter.split(TextNormaliser.skeleton(text, TextNormaliser.Leet.NONE), text,
				false);

		assertThat(split.text()).isEqualTo("nike official store");
		assertThat(split.starts()).startsWith(0, 1, 2, 3, 4, 4, 5);
		assertThat(split.ends()).startsWith(1, 2, 3, 4, 4, 5, 6);
		assertThat(split.key(0, split.text().length())).isEqualTo(text);
	}

	@Test
	void textsWhereNoTermCanBeginAreNotMatchedAtAll() {
		WordBoundaryCheck check = WordBoundaryCheck.of(List.of("nike", "a货", "华为", "3m"));

		assertThat(check.mayFindAny("essex flowers")).isFalse();
		assertThat(check.mayFindAny("Nobody")).isFalse();
		assertThat(check.mayFindAny("nobody n")).isFalse();
		assertThat(check.mayFindAny("best N.i.k.e")).isTrue();
		assertThat(check.mayFindAny("正品华为")).isTrue();
		assertThat(check.mayFindAny("3M tape")).isTrue();
		assertThat(check.mayFindAny("Awesome")).isTrue();
		assertThat(check.mayBeginInside("shopnike", 0, 8)).isTrue();
		assertThat(check.mayBeginInside("nikestore", 0, 9)).isTrue();
		assertThat(check.mayBeginInside("essexflowers", 0, 12)).isFalse();
	}

	private static ScreeningResult check(String localPart) {
		return screening.check(localPart, ScreeningContext.EMAIL_LOCAL_PART);
	}

	private static void assertHits(String localPart, String term) {
		ScreeningResult result = check(localPart);
		assertThat(result.hits()).as(localPart).extracting(Hit::term).contains(term);
		assertThat(result.hits()).as(localPart)
			.allSatisfy((hit) -> assertThat(localPart.substring(hit.start(), hit.end())).isEqualTo(hit.matched()));
	}

}
