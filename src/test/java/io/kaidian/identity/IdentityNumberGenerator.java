package io.kaidian.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random valid numbers by our rules, for the cross-checks against hutool, and the
 * tampering that turns them invalid.
 */
final class IdentityNumberGenerator {

	private static final String DIGITS = "0123456789";

	private static final List<String> PROVINCES = ResidentIdNumber.PROVINCES.stream().sorted().toList();

	private static final List<Map.Entry<Character, String>> AUTHORITIES = UnifiedSocialCreditCode.CATEGORIES.entrySet()
		.stream()
		.sorted(Map.Entry.comparingByKey())
		.toList();

	private final Random random;

	IdentityNumberGenerator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * A valid resident ID number born between 1900-01-01 and {@code today}.
	 */
	String residentIdNumber(LocalDate today) {
		String province = PROVINCES.get(this.random.nextInt(PROVINCES.size()));
		String region;
		if (ResidentIdNumber.RESIDENCE_PERMITS.contains(province)) {
			region = province + "0000";
		}
		else {
			region = province + "%02d%02d".formatted(1 + this.random.nextInt(90), this.random.nextInt(100));
		}
		long first = ResidentIdNumber.EARLIEST_BIRTH_DATE.toEpochDay();
		LocalDate birthDate = LocalDate.ofEpochDay(first + this.random.nextLong(today.toEpochDay() - first + 1));
		String body = region
				+ "%04d%02d%02d".formatted(birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth())
				+ "%03d".formatted(this.random.nextInt(1000));
		return body + ResidentIdNumber.checkCharacter(body);
	}

	/**
	 * A valid credit code: authority and category from the table, a six-digit division, a
	 * random organisation code body with its GB 11714 check character and the GB 32100
	 * check character.
	 */
	String creditCode() {
		Map.Entry<Character, String> authority = AUTHORITIES.get(this.random.nextInt(AUTHORITIES.size()));
		StringBuilder code = new StringBuilder().append(authority.getKey())
			.append(authority.getValue().charAt(this.random.nextInt(authority.getValue().length())));
		append(code, DIGITS, 6);
		StringBuilder organisation = new StringBuilder();
		append(organisation, UnifiedSocialCreditCode.ALPHABET, 8);
		code.append(organisation).append(UnifiedSocialCreditCode.organisationCheckCharacter(organisation));
		return code.append(UnifiedSocialCreditCode.checkCharacter(code)).toString();
	}

	/**
	 * The number with one character replaced by another of {@code alphabet}, or two
	 * different neighbours swapped.
	 */
	String tamper(String number, String alphabet) {
		char[] chars = number.toCharArray();
		if (this.random.nextBoolean()) {
			int at = this.random.nextInt(chars.length);
			char replacement;
			do {
				replacement = alphabet.charAt(this.random.nextInt(alphabet.length()));
			}
			while (replacement == chars[at]);
			chars[at] = replacement;
		}
		else {
			int at;
			do {
				at = this.random.nextInt(chars.length - 1);
			}
			while (chars[at] == chars[at + 1]);
			char swapped = chars[at];
			chars[at] = chars[at + 1];
			chars[at + 1] = swapped;
		}
		return new String(chars);
	}

	private void append(StringBuilder builder, String alphabet, int count) {
		for (int i = 0; i < count; i++) {
			builder.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
	}

}
