package io.kaidian.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kaidian.screening.TextNormaliser.Leet;
import io.kaidian.screening.TextNormaliser.Skeleton;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folding R-REG-5 screening matches on ({@link TextNormaliser}): no Spring, no
 * database.
 */
class ScreeningNormaliserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nike            | nike
			ＮＩＫＥ        | nike
			Louis Vuitton   | louisvuitton
			Coca-Cola       | cocacola
			Hermès          | hermes
			華為            | 华为
			A货             | a货
			3M              | 3m
			Tom's           | toms
			Nіkе            | nike
			ΝΙΚΕ            | nike
			𝐍𝐢𝐤𝐞            | nike
			""")
	void termsAreFoldedToOneForm(String term, String expected) {
		assertThat(TextNormaliser.term(term)).isEqualTo(expected);
	}

	@Test
	void zeroWidthCharactersVanish() {
		assertThat(TextNormaliser.term("N\u200Bi\u200Ck\u200De\u2060\uFEFF")).isEqualTo("nike");
	}

	@Test
	void separatorsBecomeOneMarkAndOffsetsPointIntoTheOriginal() {
		Skeleton skeleton = TextNormaliser.skeleton("Ｎ..ｉ 华", Leet.NONE);

		assertThat(skeleton.text()).isEqualTo("N i 华");
		assertThat(skeleton.starts()).startsWith(0, 1, 3, 4, 5);
		assertThat(skeleton.ends()).startsWith(1, 2, 4, 5, 6);
	}

	@Test
	void leadingAndTrailingSeparatorsAreDropped() {
		assertThat(TextNormaliser.skeleton("  **nike!! ", Leet.NONE).text()).isEqualTo("nike");
	}

	@Test
	void caseIsKeptForTheWordBoundaryRule() {
		assertThat(TextNormaliser.skeleton("NikeStore", Leet.NONE).text()).isEqualTo("NikeStore");
	}

	@Test
	void lookAlikeDigitsAreReadAsLettersOnlyInTheirPasses() {
		Skeleton plain = TextNormaliser.skeleton("N1KE 0345@$ 26", Leet.NONE);

		assertThat(plain.text()).isEqualTo("N1KE 0345 26");
		assertThat(plain.leetCandidates()).isTrue();
		assertThat(plain.hasOne()).isTrue();
		assertThat(TextNormaliser.skeleton("N1KE 0345@$ 26", Leet.ONE_AS_I).text()).isEqualTo("NiKE oeasas 26");
		assertThat(TextNormaliser.skeleton("N1KE", Leet.ONE_AS_L).text()).isEqualTo("NlKE");
	}

	@Test
	void textWithoutLookAlikeDigitsNeedsNoFurtherPass() {
		Skeleton skeleton = TextNormaliser.skeleton("Route 66 diner", Leet.NONE);

		assertThat(skeleton.leetCandidates()).isFalse();
		assertThat(skeleton.hasOne()).isFalse();
	}

	@Test
	void everyLookAlikeBecomesAnAsciiLetter() {
		assertThat(TextNormaliser.CONFUSABLES).hasSameSizeAs(TextNormaliser.LATIN);
		assertThat(TextNormaliser.LATIN.chars()).allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
	}

	@Test
	void chineseAndKanaHaveNoWordBoundaries() {
		assertThat(TextNormaliser.isWordCharacter('华')).isFalse();
		assertThat(TextNormaliser.isWordCharacter('カ')).isFalse();
		assertThat(TextNormaliser.isWordCharacter('a')).isTrue();
		assertThat(TextNormaliser.isWordCharacter('7')).isTrue();
		assertThat(TextNormaliser.isWordCharacter('ж')).isTrue();
		assertThat(TextNormaliser.isWordCharacter(' ')).isFalse();
	}

}
