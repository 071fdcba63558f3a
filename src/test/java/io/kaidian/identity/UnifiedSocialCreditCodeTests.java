package io.kaidian.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R-ID-1: the Unified Social Credit Code of an enterprise is checked on submit by GB
 * 32100-2015 (and the GB 11714 check of the organisation code inside it); a failed check
 * is a violation of the field.
 */
class UnifiedSocialCreditCodeTests {

	private static final String FIELD = "creditCode";

	/** The example of GB 32100-2015 itself. */
	private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

	@ParameterizedTest
	@ValueSource(strings = { STANDARD_EXAMPLE, "91110105192203821K", "9133010631200000XA",
			// individual business, farmers' cooperative, residents' committee
			"92440300MA5G0K3P9L", "93510100MA6C7Q2L29", "54110105MEA048273L" })
	void R_ID_1_validCodesPass(String code) {
		assertThat(UnifiedSocialCreditCode.check(FIELD, code)).isEmpty();
		assertThat(UnifiedSocialCreditCode.parse(code)).hasValueSatisfying((parsed) -> {
			assertThat(parsed.value()).isEqualTo(code);
		});
	}

	@Test
	void R_ID_1_thePartsOfTheCodeAreExposed() {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("92440300MA5G0K3P9L").orElseThrow();

		assertThat(code.registrationAuthority()).isEqualTo('9');
		assertThat(code.entityCategory()).isEqualTo('2');
		assertThat(code.divisionCode()).isEqualTo("440300");
		assertThat(code.organisationCode()).isEqualTo("MA5G0K3P9");
	}

	@ParameterizedTest
	@ValueSource(strings = { " 91350100m000100y43 ", "９１３５０１００Ｍ０００１００Ｙ４３", "\u300091350100M000100Y43\t" })
	void R_ID_1_caseWidthAndSurroundingSpaceAreNormalised(String typed) {
		assertThat(UnifiedSocialCreditCode.check(FIELD, typed)).isEmpty();
		assertThat(UnifiedSocialCreditCode.parse(typed).orElseThrow().value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "9135 0100M000100Y43", "91350100M000100-43",
			// I, O, Z, S, V are not in the alphabet
			"91350100M00O100Y43", "91350100M000100I43", "91350100S000100Y43", "91350100M000100V43",
			"91350100Z000100Y43",
			// the division code is digits only
			"9135010AM000100Y43",
			// an unknown authority, a category its authority does not have
			"B1350100M000100Y43", "95350100M000100Y43", "Y2350100M000100Y43", "01350100M000100Y43" })
	void R_ID_1_lengthAlphabetAndStructureAreFormatViolations(String code) {
		assertThat(UnifiedSocialCreditCode.check(FIELD, code))
			.containsExactly(Violation.of(FIELD, UnifiedSocialCreditCode.FORMAT));
		assertThat(UnifiedSocialCreditCode.parse(code)).isEmpty();
	}

	@Test
	void R_ID_1_anUnknownCategoryIsAFormatViolationEvenWithCorrectChecks() {
		String body = "96350100M000100Y4";
		String code = body + UnifiedSocialCreditCode.checkCharacter(body);

		assertThat(UnifiedSocialCreditCode.check(FIELD, code))
			.containsExactly(Violation.of(FIELD, UnifiedSocialCreditCode.FORMAT));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// the check character changed
			"91350100M000100Y44", "91350100M000100Y4Y",
			// one character changed
			"91350100M000200Y43", "91350101M000100Y43", "91350100N000100Y43",
			// two neighbours swapped
			"91351000M000100Y43", "91350100M001000Y43", "91350100M000100Y34", "19350100M000100Y43" })
	void R_ID_1_aWrongCheckCharacterIsAChecksumViolation(String code) {
		assertThat(UnifiedSocialCreditCode.check(FIELD, code))
			.containsExactly(Violation.of(FIELD, UnifiedSocialCreditCode.CHECKSUM));
		assertThat(UnifiedSocialCreditCode.parse(code)).isEmpty();
	}

	@Test
	void R_ID_1_theOrganisationCodeCheckIsAChecksumViolationToo() {
		// GB 11714 check of M000100Y is 4; 5 with a correct GB 32100 check character
		assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("M000100Y")).isEqualTo('4');
		String body = "91350100M000100Y5";
		String code = body + UnifiedSocialCreditCode.checkCharacter(body);

		assertThat(code).isEqualTo("91350100M000100Y56");
		assertThat(UnifiedSocialCreditCode.check(FIELD, code))
			.containsExactly(Violation.of(FIELD, UnifiedSocialCreditCode.CHECKSUM));
	}

	@Test
	void R_ID_1_organisationCheckTenIsXAndElevenIsZero() {
		assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("71526726")).isEqualTo('X');
		assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("31200000")).isEqualTo('X');
		// B counts 11, weight 2: the sum 22 is a multiple of 11, so the check is 11,
		// written 0
		assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("0000000B")).isEqualTo('0');
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u3000" })
	void R_ID_1_nothingTypedIsRequired(String code) {
		assertThat(UnifiedSocialCreditCode.check(FIELD, code))
			.containsExactly(Violation.of(FIELD, UnifiedSocialCreditCode.REQUIRED));
	}

	@Test
	void R_ID_1_theCodeIsMaskedForDisplayAndLogs() {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("9133010631200000XA").orElseThrow();

		assertThat(code.masked()).isEqualTo("9133**********00XA").hasSize(18);
		assertThat(code).hasToString("9133**********00XA");
	}

	@Test
	void R_ID_1_anInvalidCodeCannotBeConstructed() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"));
		assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100m000100y43"));
	}

}
