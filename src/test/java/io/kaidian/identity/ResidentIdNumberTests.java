package io.kaidian.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R-ID-1: the operator's resident ID number of an individual business is checked on
 * submit: format, province-level region, a real birth date between 1900 and today, and
 * the ISO 7064 MOD 11-2 check character; a failed check is a violation of the field.
 */
class ResidentIdNumberTests {

	private static final String FIELD = "idNumber";

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	/** An example of GB 11643-1999. */
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	/**
	 * The other example of GB 11643-1999: born 1880-01-01, before the earliest birth date
	 * we take.
	 */
	private static final String STANDARD_EXAMPLE_BORN_1880 = "440524188001010014";

	@ParameterizedTest
	@ValueSource(strings = { STANDARD_EXAMPLE, "320583199003071239",
			// born on a leap day
			"310115200002291235",
			// Hong Kong residence permit
			"810000198506150020",
			// born on "today"
			"650102202603150011" })
	void R_ID_1_validNumbersPass(String number) {
		assertThat(ResidentIdNumber.check(FIELD, number, TODAY)).isEmpty();
		assertThat(ResidentIdNumber.parse(number, TODAY)).hasValueSatisfying((parsed) -> {
			assertThat(parsed.value()).isEqualTo(number);
		});
	}

	@Test
	void R_ID_1_theBirthDateAndRegionAreExposed() {
		ResidentIdNumber number = ResidentIdNumber.parse(STANDARD_EXAMPLE, TODAY).orElseThrow();

		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.regionCode()).isEqualTo("110105");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002x", " 11010519491231002X ", "１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２ｘ",
			"\u300011010519491231002X" })
	void R_ID_1_lowerCaseXFullWidthAndSurroundingSpaceAreAccepted(String typed) {
		assertThat(ResidentIdNumber.check(FIELD, typed, TODAY)).isEmpty();
		assertThat(ResidentIdNumber.parse(typed, TODAY).orElseThrow().value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// first-generation 15-digit number
			"110105491231002",
			// too short, too long, X in the body, letters, inner space
			"11010519491231002", "11010519491231002X0", "1101051949123100X2", "A1010519491231002X",
			"110105 19491231002X", "11010519491231002Y" })
	void R_ID_1_anythingButSeventeenDigitsAndADigitOrXIsAFormatViolation(String number) {
		assertThat(ResidentIdNumber.check(FIELD, number, TODAY))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.FORMAT));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// no such province: 99, 00, 16, 72, 84, 91 (foreign permanent residence card)
			"99010519491231002", "00010519491231002", "16010519491231002", "72010519491231002", "84000019491231002",
			"91100019900101001",
			// residence permits have no county; a county needs a prefecture
			"81010519491231002", "82000119491231002", "11000519491231002" })
	void R_ID_1_anUnknownRegionIsARegionViolation(String body) {
		String number = body + ResidentIdNumber.checkCharacter(body);

		assertThat(ResidentIdNumber.check(FIELD, number, TODAY))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.REGION));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// no such day: 30 February, 29 February of a common year (1900 is one), 31
			// April,
			// month 13, day 0
			"11010519990230002", "11010519990229002", "11010519000229002", "11010519490431002", "11010519491331002",
			"11010519491200002",
			// before 1900, after today
			"11010518991231002", "11010520260316002", "11010530000101002" })
	void R_ID_1_anImpossibleBirthDateIsABirthDateViolation(String body) {
		String number = body + ResidentIdNumber.checkCharacter(body);

		assertThat(ResidentIdNumber.check(FIELD, number, TODAY))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.BIRTH_DATE));
	}

	@Test
	void R_ID_1_theStandardsExampleBornIn1880IsRefused() {
		assertThat(ResidentIdNumber.checkCharacter(STANDARD_EXAMPLE_BORN_1880.substring(0, 17))).isEqualTo('4');
		assertThat(ResidentIdNumber.check(FIELD, STANDARD_EXAMPLE_BORN_1880, TODAY))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.BIRTH_DATE));
	}

	@Test
	void R_ID_1_todayIsTheDateInChinaByTheClock() {
		// 2026-03-15T17:00Z is already 16 March in Beijing
		Clock clock = Clock.fixed(Instant.parse("2026-03-15T17:00:00Z"), ZoneOffset.UTC);
		String body = "11010520260316002";
		String number = body + ResidentIdNumber.checkCharacter(body);

		assertThat(ResidentIdNumber.check(FIELD, number, clock)).isEmpty();
		assertThat(ResidentIdNumber.parse(number, clock)).isPresent();
		assertThat(ResidentIdNumber.check(FIELD, number,
				Clock.fixed(Instant.parse("2026-03-15T15:00:00Z"), ZoneOffset.UTC)))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.BIRTH_DATE));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// the check character changed
			"110105194912310020", "320583199003071230", "32058319900307123X",
			// one digit changed
			"11010519491231003X", "11010619491231002X", "320583199003081239",
			// two neighbours swapped
			"11010519491213002X", "11015019491231002X", "320583199003071293", "320538199003071239" })
	void R_ID_1_aWrongCheckCharacterIsAChecksumViolation(String number) {
		assertThat(ResidentIdNumber.check(FIELD, number, TODAY))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.CHECKSUM));
		assertThat(ResidentIdNumber.parse(number, TODAY)).isEmpty();
	}

	@Test
	void R_ID_1_checkTenIsWrittenX() {
		assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ResidentIdNumber.checkCharacter("32058319900307123")).isEqualTo('9');
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u3000" })
	void R_ID_1_nothingTypedIsRequired(String number) {
		assertThat(ResidentIdNumber.check(FIELD, number, TODAY))
			.containsExactly(Violation.of(FIELD, ResidentIdNumber.REQUIRED));
	}

	@Test
	void R_ID_1_theNumberIsMaskedForDisplayAndLogs() {
		ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002x", TODAY).orElseThrow();

		assertThat(number.masked()).isEqualTo("1101**********002X");
		assertThat(number).hasToString("1101**********002X");
	}

	@Test
	void R_ID_1_anInvalidNumberCannotBeConstructed() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber("110105194912310020"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber("11010519491231002x"));
	}

}
