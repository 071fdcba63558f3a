package io.kaidian.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The Mandarin readings of a Chinese character, from pinyin4j: every reading of a
 * polyphonic character, without tones, lower case, ü written {@code v} (pinyin4j's own
 * default is {@code u:}), ê written {@code e}, duplicates removed, in pinyin4j's order.
 * pinyin4j knows the characters of the Basic Multilingual Plane only, and not all of
 * those.
 */
final class PinyinReadings {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private PinyinReadings() {
	}

	/** The character's readings; empty when pinyin4j does not know it. */
	static List<String> of(int codePoint) {
		if (Character.isSupplementaryCodePoint(codePoint)) {
			return List.of();
		}
		String[] readings;
		try {
			readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException("pinyin4j refuses the output format", ex);
		}
		if (readings == null) {
			return List.of();
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (String reading : readings) {
			String plain = reading.toLowerCase(Locale.ROOT).replace("^", "").replace("u:", "v");
			if (!plain.isEmpty()) {
				distinct.add(plain);
			}
		}
		return List.copyOf(distinct);
	}

	/**
	 * The ways a reading may be spelled in an English name: as it is, and with ü written
	 * {@code v}, {@code u} or {@code yu} (吕 lü: Lv, Lu, Lyu).
	 */
	static Set<String> spellings(String reading) {
		if (reading.indexOf('v') < 0) {
			return Set.of(reading);
		}
		return Set.of(reading, reading.replace("v", "u"), reading.replace("v", "yu"));
	}

	/**
	 * How a reading is shown to a seller: ü as {@code yu}, as on mainland passports (吕
	 * Lyu).
	 */
	static String display(String reading) {
		return reading.replace("v", "yu");
	}

	/**
	 * Every spelling of every syllable pinyin4j knows (about 400 syllables), read once on
	 * first use.
	 */
	static Set<String> allSpellings() {
		return AllSyllables.SPELLINGS;
	}

	private static final class AllSyllables {

		static final Set<String> SPELLINGS = scan();

		private static Set<String> scan() {
			Set<String> spellings = new LinkedHashSet<>();
			for (int codePoint = 0x3400; codePoint <= 0x9FFF; codePoint++) {
				for (String reading : of(codePoint)) {
					spellings.addAll(spellings(reading));
				}
			}
			return Set.copyOf(new ArrayList<>(spellings));
		}

	}

}
