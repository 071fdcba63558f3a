package io.kaidian.identity;

import java.time.LocalDate;

import cn.hutool.core.util.IdcardUtil;
import org.junit.jupiter.api.Test;

import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * R-ID-1: our resident ID number check agrees with hutool's
 * {@link IdcardUtil#isValidCard18(String)} over thousands of generated valid numbers and
 * the same numbers tampered with (one character changed, or two different neighbours
 * swapped).
 * <p>
 * Where the two differ by design:
 * <ul>
 * <li>hutool takes any birth date in the current year, later than today too; we refuse a
 * birth date after today.</li>
 * <li>hutool reads a number starting with 9 (the foreign permanent residence ID card of
 * 2023) as province code at positions 2–3 and accepts it; we refuse it: it is not a
 * resident ID number.</li>
 * <li>hutool checks only the province code; we also refuse a residence permit region
 * other than 810000, 820000, 830000 and a county without a prefecture ({@code xx00yy}).
 * </li>
 * <li>hutool takes the number as given (lower-case {@code x} allowed); we normalise full
 * width and surrounding space first, so the cross-checks feed both the normalised
 * number.</li>
 * </ul>
 * The generated numbers stay inside the rules both apply, so on them the two must agree
 * exactly; the differences are pinned by their own tests below.
 */
class ResidentIdNumberHutoolTests {

	private static final int COUNT = 5_000;

	private static final String ALPHABET = "0123456789X";

	private final LocalDate today = LocalDate.now(ResidentIdNumber.CHINA);

	@Test
	void R_ID_1_generatedValidNumbersAreValidForBoth() {
		IdentityNumberGenerator generator = new IdentityNumberGenerator(20260315L);
		for (int i = 0; i < COUNT; i++) {
			String number = generator.residentIdNumber(this.today);

			assertThat(ResidentIdNumber.check("idNumber", number, this.today)).as(number).isEmpty();
			assertThat(IdcardUtil.isValidCard18(number)).as(number).isTrue();
		}
	}

	@Test
	void R_ID_1_tamperedNumbersAreInvalidForBoth() {
		IdentityNumberGenerator generator = new IdentityNumberGenerator(11643L);
		for (int i = 0; i < COUNT; i++) {
			String tampered = generator.tamper(generator.residentIdNumber(this.today), ALPHABET);

			assertThat(ResidentIdNumber.check("idNumber", tampered, this.today)).as(tampered).hasSize(1);
			assertThat(IdcardUtil.isValidCard18(tampered)).as(tampered).isFalse();
		}
	}

	@Test
	void R_ID_1_aTamperedDigitIsCaughtByTheCheckCharacterAloneWhenTheRestStillHolds() {
		IdentityNumberGenerator generator = new IdentityNumberGenerator(7064L);
		int checksumViolations = 0;
		for (int i = 0; i < COUNT; i++) {
			String tampered = generator.tamper(generator.residentIdNumber(this.today), ALPHABET);
			if (ResidentIdNumber.check("idNumber", tampered, this.today)
				.equals(java.util.List.of(Violation.of("idNumber", ResidentIdNumber.CHECKSUM)))) {
				checksumViolations++;
			}
		}
		// most tampering leaves region and date plausible: the check character must catch
		// it
		assertThat(checksumViolations).isGreaterThan(COUNT / 2);
	}

	@Test
	void R_ID_1_differenceBirthDateLaterThisYearIsRefusedByUsOnly() {
		LocalDate tomorrow = this.today.plusDays(1);
		assumeThat(tomorrow.getYear()).as("hutool compares the year only").isEqualTo(this.today.getYear());
		String body = "110105%04d%02d%02d002".formatted(tomorrow.getYear(), tomorrow.getMonthValue(),
				tomorrow.getDayOfMonth());
		String number = body + ResidentIdNumber.checkCharacter(body);

		assertThat(IdcardUtil.isValidCard18(number)).isTrue();
		assertThat(ResidentIdNumber.check("idNumber", number, this.today))
			.containsExactly(Violation.of("idNumber", ResidentIdNumber.BIRTH_DATE));
	}

	@Test
	void R_ID_1_differenceForeignPermanentResidenceNumbersAreRefusedByUsOnly() {
		String body = "91100019900101001";
		String number = body + ResidentIdNumber.checkCharacter(body);

		assertThat(IdcardUtil.isValidCard18(number)).isTrue();
		assertThat(ResidentIdNumber.check("idNumber", number, this.today))
			.containsExactly(Violation.of("idNumber", ResidentIdNumber.REGION));
	}

	@Test
	void R_ID_1_differenceRegionStructureIsCheckedByUsOnly() {
		for (String body : new String[] { "81010519491231002", "11000519491231002" }) {
			String number = body + ResidentIdNumber.checkCharacter(body);

			assertThat(IdcardUtil.isValidCard18(number)).as(number).isTrue();
			assertThat(ResidentIdNumber.check("idNumber", number, this.today)).as(number)
				.containsExactly(Violation.of("idNumber", ResidentIdNumber.REGION));
		}
	}

	@Test
	void R_ID_1_bothRefuseAnUnknownProvinceAndADateBefore1900() {
		for (String body : new String[] { "99010519491231002", "11010518991231002" }) {
			String number = body + ResidentIdNumber.checkCharacter(body);

			assertThat(IdcardUtil.isValidCard18(number)).as(number).isFalse();
			assertThat(ResidentIdNumber.check("idNumber", number, this.today)).as(number).hasSize(1);
		}
	}

}
