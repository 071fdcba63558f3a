package io.kaidian.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.Violation;

/**
 * R-REG-3: the English name must be the pinyin of the Chinese name, tones and spaces
 * ignored, surname last in the English form, any reading of a polyphonic character
 * accepted. The English form has the given name in {@code firstName} and the surname in
 * {@code lastName}: 王小明 is Xiaoming Wang.
 * <ul>
 * <li><b>English name.</b> Each field is NFKC-normalised, stripped of diacritics (tone
 * marks: Wáng, Xiǎomíng; ü becomes u) and compared case-insensitively; spaces, hyphens,
 * apostrophes and middle dots are ignored wherever they stand (Xiao Ming, Xiao-Ming,
 * Xi'an). Any other character, digits included, is {@code ENGLISH_NAME_INVALID}: tone
 * numbers ({@code wang2}) are refused because the English name is stored and shown as
 * typed, and digits are no part of a name.</li>
 * <li><b>Order.</b> The surname belongs in {@code lastName}. A name spelled with the two
 * fields swapped (firstName Wang, lastName Xiaoming) is refused with
 * {@code NAME_ORDER_SWAPPED}, which tells the seller what to put where.</li>
 * <li><b>Readings.</b> Every pinyin4j reading of a character is accepted (曾 Zeng or Ceng,
 * 单 Shan, Dan or Chan), plus the surname readings listed in {@value #SURNAMES} (能 Nai). ü
 * may be written v, u or yu (吕: Lv, Lu, Lyu).</li>
 * <li><b>Compound surnames</b> (复姓, listed in {@value #SURNAMES}: 欧阳, 司马, 万俟 Moqi, 单于
 * Chanyu, 爱新觉罗, …). A name that starts with one may be split after the compound (欧阳小明:
 * Xiaoming Ouyang) or after its first character (Yangxiaoming Ou): the list cannot tell a
 * compound surname from a coincidence, and both are literally the pinyin of the name with
 * the surname last. A name that is nothing but a compound (司马, two characters) splits
 * after its first character.</li>
 * <li><b>Chinese name.</b> NFKC-normalised, white space dropped; 2 to
 * {@value #MAX_CHINESE_LENGTH} ideographs, otherwise {@code CHINESE_NAME_INVALID} (also
 * for Latin letters, kana, digits, punctuation).</li>
 * <li><b>Minority names</b> written with a middle dot (阿依古丽·买买提; ·, •, ・, ‧ and . are all
 * taken as the dot) keep their order in English: {@code firstName} spells every part but
 * the last, {@code lastName} the last part (Ayiguli Maimaiti). Every part needs at least
 * one character; the surname list plays no part.</li>
 * <li><b>Characters pinyin4j does not know</b> (rare and extension characters) match any
 * Mandarin syllable, so a seller is never locked out by our dictionary; they are listed
 * in {@link Result#unknownCharacters()} so registration can flag the name for the
 * reviewer.</li>
 * <li><b>Cost.</b> Each field is matched character by character against its letters with
 * dynamic programming over (character, position): time grows with characters × letters ×
 * readings, never with the number of reading combinations; suggestions are bounded.</li>
 * </ul>
 */
@Component
class ChineseNameCheck {

	static final String CHINESE_NAME = "chineseName";

	static final String FIRST_NAME = "firstName";

	static final String LAST_NAME = "lastName";

	/** Surname readings and compound surnames: "surname reading" a line. */
	static final String SURNAMES = "account/chinese-surnames.txt";

	static final int MAX_CHINESE_LENGTH = 40;

	/**
	 * Letters of one English field: enough for the longest syllable on every character.
	 */
	static final int MAX_ENGLISH_LENGTH = 6 * MAX_CHINESE_LENGTH;

	/** How many spellings a message offers. */
	private static final int ALTERNATIVES = 3;

	/** How many English names {@link Result#expected()} offers. */
	private static final int SUGGESTIONS = 4;

	/** Middle dots between the parts of a minority name (after NFKC). */
	private static final String DOTS = "\u00B7\u2022\u2027\u30FB\u2219\u22C5.";

	/** Ignored in the English name, besides white space. */
	private static final String SEPARATORS = "-'\u2019\u2010\u2011\u00B7";

	private static final String UNKNOWN = "?";

	private final Map<String, List<String>> surnameReadings;

	/** Compound surnames, longest first. */
	private final List<String> compoundSurnames;

	ChineseNameCheck() {
		this.surnameReadings = loadSurnames(SURNAMES);
		this.compoundSurnames = this.surnameReadings.keySet()
			.stream()
			.filter((surname) -> surname.codePointCount(0, surname.length()) > 1)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		// pinyin4j reads its table now rather than on the first request
		PinyinReadings.of('王');
	}

	/** Whether the English name is the pinyin of the Chinese name (R-REG-3). */
	boolean matches(@Nullable String chineseName, @Nullable String firstName, @Nullable String lastName) {
		return check(chineseName, firstName, lastName).matches();
	}

	/**
	 * Checks the English name against the Chinese name (R-REG-3) and says why not: blank
	 * or malformed fields, swapped fields, or which field is not the pinyin and what was
	 * expected there.
	 * @param chineseName the Chinese name, surname first (王小明), or a minority name with
	 * middle dots
	 * @param firstName the given name in pinyin (Xiaoming)
	 * @param lastName the surname in pinyin (Wang)
	 */
	Result check(@Nullable String chineseName, @Nullable String firstName, @Nullable String lastName) {
		List<Violation> violations = new ArrayList<>();
		@Nullable List<List<Han>> name = null;
		String chinese = (chineseName != null) ? Normalizer.normalize(chineseName, Normalizer.Form.NFKC) : "";
		if (chinese.isBlank()) {
			violations.add(Violation.of(CHINESE_NAME, "REQUIRED"));
		}
		else {
			name = parseChinese(chinese);
			if (name == null) {
				violations.add(Violation.of(CHINESE_NAME, "CHINESE_NAME_INVALID"));
			}
		}
		String first = compactEnglish(FIRST_NAME, firstName, violations);
		String last = compactEnglish(LAST_NAME, lastName, violations);
		if (name == null) {
			return new Result(violations, List.of(), List.of());
		}
		List<Split> splits = splits(name);
		List<String> unknown = name.stream().flatMap(List::stream).filter(Han::unknown).map(Han::character).toList();
		if (first != null && last != null && firstName != null && lastName != null) {
			violations.addAll(compare(splits, first, last, firstName.strip(), lastName.strip()));
		}
		return new Result(violations, expected(splits), unknown);
	}

	private List<Violation> compare(List<Split> splits, String first, String last, String firstName, String lastName) {
		List<Split> lastNameRight = new ArrayList<>();
		List<Split> firstNameRight = new ArrayList<>();
		for (Split split : splits) {
			boolean surnameFits = spellsSurname(split, last);
			boolean givenFits = spells(split.given(), first);
			if (surnameFits && givenFits) {
				return List.of();
			}
			if (surnameFits) {
				lastNameRight.add(split);
			}
			if (givenFits) {
				firstNameRight.add(split);
			}
		}
		for (Split split : splits) {
			if (spellsSurname(split, first) && spells(split.given(), last)) {
				return List.of(Violation.of(LAST_NAME, "NAME_ORDER_SWAPPED", lastName, firstName));
			}
		}
		if (!lastNameRight.isEmpty()) {
			return List.of(Violation.of(FIRST_NAME, "PINYIN_MISMATCH",
					alternatives(lastNameRight.stream().flatMap((split) -> givenOptions(split).stream()))));
		}
		if (!firstNameRight.isEmpty()) {
			return List.of(Violation.of(LAST_NAME, "PINYIN_MISMATCH",
					alternatives(firstNameRight.stream().flatMap((split) -> surnameOptions(split).stream()))));
		}
		Split preferred = splits.get(0);
		return List.of(Violation.of(FIRST_NAME, "PINYIN_MISMATCH", alternatives(givenOptions(preferred).stream())),
				Violation.of(LAST_NAME, "PINYIN_MISMATCH", alternatives(surnameOptions(preferred).stream())));
	}

	private boolean spellsSurname(Split split, String letters) {
		for (String reading : this.surnameReadings.getOrDefault(split.surnameText(), List.of())) {
			if (PinyinReadings.spellings(reading).contains(letters)) {
				return true;
			}
		}
		return spells(split.surname(), letters);
	}

	/**
	 * Whether the characters, one reading each, spell exactly these letters: the set of
	 * positions reachable after each character, so never more than letters + 1 states.
	 */
	private static boolean spells(List<Han> characters, String letters) {
		boolean[] reachable = new boolean[letters.length() + 1];
		reachable[0] = true;
		for (Han character : characters) {
			Set<String> spellings = character.spellings();
			boolean[] next = new boolean[letters.length() + 1];
			boolean any = false;
			for (int position = 0; position < letters.length(); position++) {
				if (!reachable[position]) {
					continue;
				}
				for (String spelling : spellings) {
					if (letters.startsWith(spelling, position)) {
						next[position + spelling.length()] = true;
						any = true;
					}
				}
			}
			if (!any) {
				return false;
			}
			reachable = next;
		}
		return reachable[letters.length()];
	}

	/**
	 * The ways to read a name as surname + given name: after a compound surname it starts
	 * with (longest first), then after its first character; a dotted name has one, its
	 * last part being the surname.
	 */
	private List<Split> splits(List<List<Han>> parts) {
		if (parts.size() > 1) {
			return List.of(new Split(parts.get(parts.size() - 1), parts.subList(0, parts.size() - 1)));
		}
		List<Han> characters = parts.get(0);
		String text = characters.stream().map(Han::character).collect(Collectors.joining());
		List<Split> splits = new ArrayList<>();
		for (String compound : this.compoundSurnames) {
			int length = compound.codePointCount(0, compound.length());
			if (text.startsWith(compound) && characters.size() > length) {
				splits.add(new Split(characters.subList(0, length),
						List.of(characters.subList(length, characters.size()))));
			}
		}
		splits.add(new Split(characters.subList(0, 1), List.of(characters.subList(1, characters.size()))));
		return splits;
	}

	private static @Nullable List<List<Han>> parseChinese(String chinese) {
		if (chinese.length() > MAX_CHINESE_LENGTH * 4) {
			return null;
		}
		List<List<Han>> parts = new ArrayList<>();
		List<Han> part = new ArrayList<>();
		int count = 0;
		for (int codePoint : chinese.codePoints().toArray()) {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				continue;
			}
			if (DOTS.indexOf(codePoint) >= 0) {
				if (part.isEmpty()) {
					return null;
				}
				parts.add(part);
				part = new ArrayList<>();
				continue;
			}
			if (!Character.isIdeographic(codePoint) || ++count > MAX_CHINESE_LENGTH) {
				return null;
			}
			part.add(new Han(Character.toString(codePoint), PinyinReadings.of(codePoint)));
		}
		if (part.isEmpty()) {
			return null;
		}
		parts.add(part);
		return (count >= 2) ? parts : null;
	}

	/**
	 * The field's letters, lower case, without diacritics and separators; {@code null},
	 * with a violation added, when blank or holding anything else than letters and
	 * separators.
	 */
	private static @Nullable String compactEnglish(String field, @Nullable String raw, List<Violation> violations) {
		String text = (raw != null) ? Normalizer.normalize(raw, Normalizer.Form.NFKC) : "";
		if (text.isBlank()) {
			violations.add(Violation.of(field, "REQUIRED"));
			return null;
		}
		if (text.length() > MAX_ENGLISH_LENGTH * 4) {
			violations.add(Violation.of(field, "ENGLISH_NAME_INVALID"));
			return null;
		}
		StringBuilder letters = new StringBuilder();
		for (int codePoint : Normalizer.normalize(text, Normalizer.Form.NFD).codePoints().toArray()) {
			int type = Character.getType(codePoint);
			if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK || Character.isWhitespace(codePoint)
					|| Character.isSpaceChar(codePoint) || SEPARATORS.indexOf(codePoint) >= 0) {
				continue;
			}
			int lower = Character.toLowerCase(codePoint);
			if (lower < 'a' || lower > 'z') {
				violations.add(Violation.of(field, "ENGLISH_NAME_INVALID"));
				return null;
			}
			letters.append((char) lower);
		}
		if (letters.isEmpty() || letters.length() > MAX_ENGLISH_LENGTH) {
			violations.add(Violation.of(field, "ENGLISH_NAME_INVALID"));
			return null;
		}
		return letters.toString();
	}

	private List<EnglishName> expected(List<Split> splits) {
		Set<EnglishName> names = new LinkedHashSet<>();
		for (Split split : splits) {
			for (String surname : surnameOptions(split).stream().limit(2).toList()) {
				for (String given : givenOptions(split).stream().limit(2).toList()) {
					names.add(new EnglishName(given, surname));
				}
			}
		}
		return names.stream().limit(SUGGESTIONS).toList();
	}

	/** How the surname may be written, its listed surname readings first. */
	private List<String> surnameOptions(Split split) {
		Set<String> options = new LinkedHashSet<>();
		for (String reading : this.surnameReadings.getOrDefault(split.surnameText(), List.of())) {
			options.add(capitalise(PinyinReadings.display(reading)));
		}
		options.addAll(combinations(List.of(split.surname()), ALTERNATIVES));
		return List.copyOf(options);
	}

	private static List<String> givenOptions(Split split) {
		return combinations(split.givenParts(), ALTERNATIVES);
	}

	/**
	 * Up to {@code limit} spellings of the parts, one reading per character, first
	 * readings first; each part capitalised, parts separated by a space.
	 */
	private static List<String> combinations(List<List<Han>> parts, int limit) {
		List<Han> characters = parts.stream().flatMap(List::stream).toList();
		int[] choice = new int[characters.size()];
		Set<String> spellings = new LinkedHashSet<>();
		for (int round = 0; round < limit * 4 && spellings.size() < limit; round++) {
			StringBuilder spelling = new StringBuilder();
			int index = 0;
			for (List<Han> part : parts) {
				StringBuilder word = new StringBuilder();
				for (int i = 0; i < part.size(); i++, index++) {
					List<String> readings = characters.get(index).readings();
					word.append(readings.isEmpty() ? UNKNOWN : PinyinReadings.display(readings.get(choice[index])));
				}
				spelling.append(spelling.isEmpty() ? "" : " ").append(capitalise(word.toString()));
			}
			spellings.add(spelling.toString());
			if (!advance(choice, characters)) {
				break;
			}
		}
		return List.copyOf(spellings);
	}

	/** The next combination of readings, the last character varying fastest. */
	private static boolean advance(int[] choice, List<Han> characters) {
		for (int i = choice.length - 1; i >= 0; i--) {
			if (choice[i] + 1 < characters.get(i).readings().size()) {
				choice[i]++;
				return true;
			}
			choice[i] = 0;
		}
		return false;
	}

	private static String alternatives(Stream<String> options) {
		return options.distinct().limit(ALTERNATIVES).collect(Collectors.joining(" / "));
	}

	private static String capitalise(String word) {
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	private static Map<String, List<String>> loadSurnames(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			Map<String, List<String>> readings = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				String[] fields = entry.split("\\s+");
				if (fields.length != 2 || !fields[1].matches("[a-z]+")) {
					throw new IllegalStateException("Not a \"surname reading\" line in " + location + ": " + line);
				}
				readings.computeIfAbsent(fields[0], (surname) -> new ArrayList<>()).add(fields[1]);
			}
			readings.replaceAll((surname, list) -> List.copyOf(list));
			return readings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The surname list " + location + " cannot be read", ex);
		}
	}

	/**
	 * What the check found.
	 *
	 * @param violations what is wrong, field by field (API field names
	 * {@code chineseName}, {@code firstName}, {@code lastName}); empty when the names
	 * match
	 * @param expected a few English names the Chinese name allows, most likely first;
	 * empty when the Chinese name itself is missing or invalid
	 * @param unknownCharacters characters of the Chinese name pinyin4j does not know,
	 * accepted as any syllable; worth a flag for the reviewer
	 */
	record Result(List<Violation> violations, List<EnglishName> expected, List<String> unknownCharacters) {

		Result {
			violations = List.copyOf(violations);
			expected = List.copyOf(expected);
			unknownCharacters = List.copyOf(unknownCharacters);
		}

		boolean matches() {
			return this.violations.isEmpty();
		}

	}

	/**
	 * An English name as the seller would type it.
	 *
	 * @param firstName the given name (Xiaoming)
	 * @param lastName the surname (Wang)
	 */
	record EnglishName(String firstName, String lastName) {

		@Override
		public String toString() {
			return this.firstName + " " + this.lastName;
		}

	}

	/** One character of a Chinese name and its readings, empty when unknown. */
	private record Han(String character, List<String> readings) {

		boolean unknown() {
			return this.readings.isEmpty();
		}

		Set<String> spellings() {
			if (unknown()) {
				return PinyinReadings.allSpellings();
			}
			Set<String> spellings = new HashSet<>();
			for (String reading : this.readings) {
				spellings.addAll(PinyinReadings.spellings(reading));
			}
			return spellings;
		}

	}

	/** A reading of the name as a surname and a given name (in one or more parts). */
	private record Split(List<Han> surname, List<List<Han>> givenParts) {

		String surnameText() {
			return this.surname.stream().map(Han::character).collect(Collectors.joining());
		}

		List<Han> given() {
			return this.givenParts.stream().flatMap(List::stream).toList();
		}

	}

}
