package io.kaidian.identity;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.Violation;

/**
 * An 18-character resident ID number (公民身份号码, GB 11643-1999), also the number on the
 * residence permits of Hong Kong, Macao and Taiwan residents: 6-digit region, 8-digit
 * birth date, 3-digit sequence and a check character.
 * <ul>
 * <li>{@value #FORMAT}: after normalisation (full-width forms, surrounding white space,
 * lower-case {@code x}) not 17 digits followed by a digit or {@code X}. The 15-digit
 * numbers of first-generation cards are refused: they carry no check digit.</li>
 * <li>{@value #REGION}: the first two digits are not a province-level code of GB/T 2260
 * ({@link #PROVINCES}: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71 and the residence
 * permit codes 81 Hong Kong, 82 Macao, 83 Taiwan), a residence permit region is not
 * exactly {@code 810000}, {@code 820000} or {@code 830000}, or a county is given without
 * a prefecture ({@code xx00yy}). No county table is applied: a number keeps the county
 * code it was issued with after the county is merged or renamed, so only a table of every
 * code since 1980 would do, and the check digit already catches the typing errors such a
 * table would. The foreign permanent residence ID card (starting with 9) is not a
 * resident ID number and is refused.</li>
 * <li>{@value #BIRTH_DATE}: positions 7–14 are not a real date (20240230, 19990229), are
 * before 1900-01-01 or after today.</li>
 * <li>{@value #CHECKSUM}: the check character is not ISO 7064 MOD 11-2 of the first 17
 * digits: weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, check = (12 − sum
 * mod 11) mod 11, 10 written {@code X}. It catches every single wrong digit and every
 * swap of two neighbours.</li>
 * </ul>
 * An empty or missing number is {@value #REQUIRED}. Only the first rule broken is
 * reported, in the order above. "Today" is the date in China ({@code Asia/Shanghai}) when
 * a {@link Clock} is given. {@link #toString()} is masked.
 *
 * @param value the normalised, valid number
 */
public record ResidentIdNumber(String value) {

	public static final String REQUIRED = "REQUIRED";

	public static final String FORMAT = "ID_NUMBER_FORMAT";

	public static final String REGION = "ID_NUMBER_REGION";

	public static final String BIRTH_DATE = "ID_NUMBER_BIRTH_DATE";

	public static final String CHECKSUM = "ID_NUMBER_CHECKSUM";

	public static final int LENGTH = 18;

	/** The zone in which "today" is taken when a {@link Clock} is given. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** Province-level codes of GB/T 2260 and the residence permit codes. */
	static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
			"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65", "71", "81", "82", "83");

	/** Hong Kong, Macao and Taiwan residence permits: the whole region is fixed. */
	static final Set<String> RESIDENCE_PERMITS = Set.of("81", "82", "83");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/**
	 * A number known to be valid (birth dates in the future are not checked here: use
	 * {@link #parse} for typed numbers).
	 * @param value the normalised number
	 * @throws IllegalArgumentException if the number breaks a rule
	 */
	public ResidentIdNumber {
		String problem = problem(value, LocalDate.MAX);
		if (problem != null) {
			throw new IllegalArgumentException("Not a valid resident ID number (" + problem + ")");
		}
	}

	/**
	 * The violations of a typed number: none, or the first rule it breaks.
	 * @param field the field to name in the violation
	 * @param raw the number as typed, may be {@code null}
	 * @param today the date against which a birth date is in the future
	 * @return no violation, or one of {@value #REQUIRED}, {@value #FORMAT},
	 * {@value #REGION}, {@value #BIRTH_DATE}, {@value #CHECKSUM}
	 */
	public static List<Violation> check(String field, @Nullable String raw, LocalDate today) {
		String problem = problem(IdentityNumbers.normalise(raw), today);
		return (problem != null) ? List.of(Violation.of(field, problem)) : List.of();
	}

	/**
	 * The violations of a typed number, today being the date in China by the clock.
	 * @param field the field to name in the violation
	 * @param raw the number as typed, may be {@code null}
	 * @param clock the clock
	 * @return no violation, or the first rule broken
	 * @see #check(String, String, LocalDate)
	 */
	public static List<Violation> check(String field, @Nullable String raw, Clock clock) {
		return check(field, raw, LocalDate.now(clock.withZone(CHINA)));
	}

	/**
	 * The typed number, normalised, if it is valid.
	 * @param raw the number as typed, may be {@code null}
	 * @param today the date against which a birth date is in the future
	 * @return the number, or empty if it breaks a rule
	 */
	public static Optional<ResidentIdNumber> parse(@Nullable String raw, LocalDate today) {
		String value = IdentityNumbers.normalise(raw);
		return (problem(value, today) == null) ? Optional.of(new ResidentIdNumber(value)) : Optional.empty();
	}

	/**
	 * The typed number, normalised, if it is valid, today being the date in China by the
	 * clock.
	 * @param raw the number as typed, may be {@code null}
	 * @param clock the clock
	 * @return the number, or empty if it breaks a rule
	 */
	public static Optional<ResidentIdNumber> parse(@Nullable String raw, Clock clock) {
		return parse(raw, LocalDate.now(clock.withZone(CHINA)));
	}

	/**
	 * The number for display: first and last four characters, {@code 1101**********1234}.
	 * @return the masked number
	 */
	public String masked() {
		return IdentityNumbers.mask(this.value);
	}

	/**
	 * Positions 7–14, the date of birth.
	 * @return the date of birth
	 */
	public LocalDate birthDate() {
		LocalDate birthDate = birthDateOf(this.value);
		if (birthDate == null) {
			throw new IllegalStateException("validated on construction");
		}
		return birthDate;
	}

	/**
	 * The first six digits, the region where the number was issued.
	 * @return six digits
	 */
	public String regionCode() {
		return this.value.substring(0, 6);
	}

	@Override
	public String toString() {
		return masked();
	}

	/**
	 * The ISO 7064 MOD 11-2 check character of the first 17 digits of a number.
	 * @param body 17 digits
	 * @return {@code 0}–{@code 9} or {@code X}
	 */
	static char checkCharacter(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = (12 - sum % 11) % 11;
		return (check == 10) ? 'X' : (char) ('0' + check);
	}

	private static @Nullable String problem(String value, LocalDate today) {
		if (value.isEmpty()) {
			return REQUIRED;
		}
		if (!value.matches("[0-9]{17}[0-9X]")) {
			return FORMAT;
		}
		if (!isKnownRegion(value)) {
			return REGION;
		}
		LocalDate birthDate = birthDateOf(value);
		if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
			return BIRTH_DATE;
		}
		if (checkCharacter(value) != value.charAt(17)) {
			return CHECKSUM;
		}
		return null;
	}

	private static boolean isKnownRegion(String value) {
		String province = value.substring(0, 2);
		if (!PROVINCES.contains(province)) {
			return false;
		}
		if (RESIDENCE_PERMITS.contains(province)) {
			return value.startsWith("0000", 2);
		}
		return !value.startsWith("00", 2) || value.startsWith("00", 4);
	}

	private static @Nullable LocalDate birthDateOf(String value) {
		try {
			return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
