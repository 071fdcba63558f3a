package io.kaidian.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import io.kaidian.account.ChineseNameCheck.EnglishName;
import io.kaidian.account.ChineseNameCheck.Result;
import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-REG-3: the English name is the pinyin of the Chinese name, surname last, tones and
 * spaces ignored, any reading of a polyphonic character accepted.
 */
class ChineseNameCheckTests {

	private static final ChineseNameCheck names = new ChineseNameCheck();

	@Test
	void R_REG_3_englishNameIsThePinyinOfTheChineseNameWithTheSurnameLast() {
		Result result = names.check("王小明", "Xiaoming", "Wang");

		assertThat(result.matches()).isTrue();
		assertThat(result.violations()).isEmpty();
		assertThat(result.unknownCharacters()).isEmpty();
		assertThat(names.matches("王小明", "Xiaoming", "Wang")).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "Xiao Ming, Wang", "Xiao-Ming, Wang", "xiao ming, wang", "XIAOMING, WANG", "' Xiaoming ', ' Wang '",
			"XiaoMing, wANG", "Xi ao-ming, Wang", "ＸＩＡＯＭＩＮＧ, Ｗａｎｇ" })
	void R_REG_3_spacesHyphensCaseAndWidthAreIgnored(String firstName, String lastName) {
		assertThat(names.check("王小明", firstName, lastName).violations()).isEmpty();
	}

	@Test
	void R_REG_3_spacesInTheChineseNameAreIgnored() {
		assertThat(names.matches("王 小明", "Xiaoming", "Wang")).isTrue();
		assertThat(names.matches(" 王\u3000小明 ", "Xiaoming", "Wang")).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "王小明, Xiǎomíng, Wáng", "王小明, XIǍO MÍNG, WÁNG", "吕小明, Xiǎomíng, Lǚ", "吕小明, Xiǎomíng, Lü" })
	void R_REG_3_toneMarksAreIgnored(String chineseName, String firstName, String lastName) {
		assertThat(names.check(chineseName, firstName, lastName).violations()).isEmpty();
	}

	@Test
	void R_REG_3_toneNumbersAreRefusedBecauseDigitsAreNoPartOfAName() {
		assertThat(names.check("王小明", "Xiao3ming2", "Wang2").violations()).containsExactly(
				Violation.of("firstName", "ENGLISH_NAME_INVALID"), Violation.of("lastName", "ENGLISH_NAME_INVALID"));
	}

	@ParameterizedTest
	@CsvSource({ "曾, Zeng", "曾, Ceng", "单, Shan", "单, Dan", "单, Chan", "乐, Le", "乐, Yue", "解, Jie", "解, Xie", "朴, Pu",
			"朴, Piao", "朴, Po", "区, Qu", "区, Ou", "仇, Chou", "仇, Qiu", "查, Cha", "查, Zha" })
	void R_REG_3_polyphonicSurnameAcceptsEitherReading(String surname, String lastName) {
		assertThat(names.check(surname + "小明", "Xiaoming", lastName).violations()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Changle", "Changyue", "Zhangle", "Zhangyue", "Chang Le" })
	void R_REG_3_polyphonicGivenNameAcceptsAnyCombinationOfReadings(String firstName) {
		assertThat(names.check("王长乐", firstName, "Wang").violations()).isEmpty();
	}

	@Test
	void R_REG_3_surnameReadingsListedBesidePinyin4jAreAccepted() {
		assertThat(names.matches("能小明", "Xiaoming", "Nai")).as("能 is Nai as a surname").isTrue();
		assertThat(names.matches("能小明", "Xiaoming", "Neng")).isTrue();
		assertThat(names.matches("王小能", "Xiaonai", "Wang")).as("only as a surname").isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "吕小明, Xiaoming, Lv", "吕小明, Xiaoming, Lu", "吕小明, Xiaoming, Lyu", "王女, Nv, Wang", "王女, Nu, Wang",
			"王女, Nyu, Wang", "王略, Lve, Wang", "王略, Lue, Wang", "王略, Lyue, Wang", "闾丘明, Ming, Lvqiu", "闾丘明, Ming, Luqiu",
			"闾丘明, Ming, Lyuqiu" })
	void R_REG_3_umlautMayBeWrittenVUOrYu(String chineseName, String firstName, String lastName) {
		assertThat(names.check(chineseName, firstName, lastName).violations()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "欧阳小明, Xiaoming, Ouyang", "司马光, Guang, Sima", "诸葛亮, Liang, Zhuge", "上官婉儿, Wan'er, Shangguan",
			"尉迟恭, Gong, Yuchi", "公孙胜, Sheng, Gongsun", "东方朔, Shuo, Dongfang", "令狐冲, Chong, Linghu", "慕容复, Fu, Murong",
			"皇甫嵩, Song, Huangfu", "长孙无忌, Wuji, Zhangsun", "宇文泰, Tai, Yuwen", "司徒雷登, Leideng, Situ", "夏侯惇, Dun, Xiahou",
			"端木蓉, Rong, Duanmu", "独孤求败, Qiubai, Dugu", "南宫明, Ming, Nangong", "轩辕辉, Hui, Xuanyuan", "申屠嘉, Jia, Shentu",
			"万俟明, Ming, Moqi", "单于明, Ming, Chanyu", "爱新觉罗溥仪, Puyi, Aixinjueluo", "爱新觉罗溥仪, Pu Yi, Aixin-Jueluo" })
	void R_REG_3_compoundSurnameIsTheLastName(String chineseName, String firstName, String lastName) {
		assertThat(names.check(chineseName, firstName, lastName).violations()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "司马光, Maguang, Si", "欧阳小明, Yangxiaoming, Ou", "上官婉儿, Guanwan'er, Shang" })
	void R_REG_3_compoundSurnameMayAlsoBeReadAsASingleCharacterSurname(String chineseName, String firstName,
			String lastName) {
		assertThat(names.check(chineseName, firstName, lastName).violations()).isEmpty();
	}

	@Test
	void R_REG_3_aNameThatIsOnlyACompoundSurnameSplitsAfterItsFirstCharacter() {
		assertThat(names.matches("司马", "Ma", "Si")).isTrue();
		assertThat(names.check("司马", "", "Sima").violations()).containsExactly(Violation.of("firstName", "REQUIRED"));
	}

	@ParameterizedTest
	@CsvSource({ "李白, Bai, Li", "王小明, Xiaoming, Wang", "张王小明, Wangxiaoming, Zhang", "欧阳娜娜, Nana, Ouyang",
			"爱新觉罗溥仪, Puyi, Aixinjueluo" })
	void R_REG_3_namesOfTwoToSixCharacters(String chineseName, String firstName, String lastName) {
		assertThat(names.check(chineseName, firstName, lastName).violations()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "阿依古丽·买买提", "阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽.买买提", "阿依古丽．买买提", "阿依古丽 · 买买提" })
	void R_REG_3_minorityNameWithAMiddleDotKeepsItsOrder(String chineseName) {
		assertThat(names.check(chineseName, "Ayiguli", "Maimaiti").violations()).isEmpty();
	}

	@Test
	void R_REG_3_minorityNameOfThreePartsGivesAllButTheLastToTheFirstName() {
		assertThat(names.matches("阿卜杜·热合曼·买买提", "Abudu Reheman", "Maimaiti")).isTrue();
		assertThat(names.matches("阿卜杜·热合曼·买买提", "Abudureheman", "Maimaiti")).isTrue();
		assertThat(names.matches("阿卜杜·热合曼·买买提", "Abudu", "Rehemanmaimaiti")).isFalse();
	}

	@Test
	void R_REG_3_minorityNameInReverseOrderIsReportedAsSwapped() {
		assertThat(names.check("阿依古丽·买买提", "Maimaiti", "Ayiguli").violations())
			.containsExactly(Violation.of("lastName", "NAME_ORDER_SWAPPED", "Ayiguli", "Maimaiti"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "·买买提", "阿依古丽·", "阿依古丽··买买提", "·" })
	void R_REG_3_misplacedMiddleDotsMakeTheChineseNameInvalid(String chineseName) {
		assertThat(names.check(chineseName, "Ayiguli", "Maimaiti").violations())
			.containsExactly(Violation.of("chineseName", "CHINESE_NAME_INVALID"));
	}

	@Test
	void R_REG_3_swappedFirstAndLastNameIsRefused() {
		Result result = names.check("王小明", "Wang", "Xiaoming");

		assertThat(result.matches()).isFalse();
		assertThat(result.violations())
			.containsExactly(Violation.of("lastName", "NAME_ORDER_SWAPPED", "Xiaoming", "Wang"));
	}

	@Test
	void R_REG_3_surnameFirstInOneFieldIsRefused() {
		assertThat(names.matches("王小明", "Wang Xiaoming", "Wang")).isFalse();
		assertThat(names.matches("王小明", "Xiaoming", "Wang Xiaoming")).isFalse();
	}

	@Test
	void R_REG_3_wrongGivenNameIsRefusedWithTheExpectedSpelling() {
		assertThat(names.check("王小明", "Xiaohong", "Wang").violations())
			.containsExactly(Violation.of("firstName", "PINYIN_MISMATCH", "Xiaoming"));
	}

	@Test
	void R_REG_3_wrongSurnameIsRefusedWithTheExpectedSpellings() {
		assertThat(names.check("王小明", "Xiaoming", "Li").violations())
			.containsExactly(Violation.of("lastName", "PINYIN_MISMATCH", "Wang"));
		assertThat(names.check("曾小明", "Xiaoming", "Zhang").violations())
			.containsExactly(Violation.of("lastName", "PINYIN_MISMATCH", "Zeng / Ceng"));
	}

	@Test
	void R_REG_3_wrongNameIsRefusedFieldByField() {
		assertThat(names.check("王小明", "Daming", "Li").violations()).containsExactly(
				Violation.of("firstName", "PINYIN_MISMATCH", "Xiaoming"),
				Violation.of("lastName", "PINYIN_MISMATCH", "Wang"));
	}

	@Test
	void R_REG_3_extraOrMissingSyllablesAreRefused() {
		assertThat(names.matches("王小明", "Xiaomingg", "Wang")).isFalse();
		assertThat(names.matches("王小明", "Xiao", "Wang")).isFalse();
		assertThat(names.matches("王小明", "Xiaoming", "Wan")).isFalse();
		assertThat(names.matches("王小明", "Ming", "Wangxiao")).isFalse();
	}

	@Test
	void R_REG_3_mismatchSuggestsEnglishNamesMostLikelyFirst() {
		assertThat(names.check("王小明", "x", "y").expected()).first().isEqualTo(new EnglishName("Xiaoming", "Wang"));
		assertThat(names.check("曾小明", "x", "y").expected()).first().hasToString("Xiaoming Zeng");
		assertThat(names.check("吕小明", "x", "y").expected()).first().hasToString("Xiaoming Lyu");
		assertThat(names.check("欧阳小明", "x", "y").expected()).first().hasToString("Xiaoming Ouyang");
		assertThat(names.check("阿卜杜·热合曼·买买提", "x", "y").expected()).first().hasToString("Abudu Reheman Maimaiti");
		assertThat(names.check("王长乐", "x", "y").expected()).hasSizeLessThanOrEqualTo(4);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u3000" })
	void R_REG_3_blankFieldsAreRequired(String blank) {
		assertThat(names.check(blank, blank, blank).violations()).containsExactly(
				Violation.of("chineseName", "REQUIRED"), Violation.of("firstName", "REQUIRED"),
				Violation.of("lastName", "REQUIRED"));
		assertThat(names.check("王小明", blank, "Wang").violations())
			.containsExactly(Violation.of("firstName", "REQUIRED"));
		assertThat(names.check(blank, "Xiaoming", "Wang").expected()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Wang Xiaoming", "王", "王小明1", "王_小明", "やまだ", "김민수", "王小明!", "王小明？" })
	void R_REG_3_chineseNameMustBeTwoOrMoreChineseCharacters(String chineseName) {
		assertThat(names.check(chineseName, "Xiaoming", "Wang").violations())
			.containsExactly(Violation.of("chineseName", "CHINESE_NAME_INVALID"));
	}

	@Test
	void R_REG_3_chineseNameOfMoreThanFortyCharactersIsInvalid() {
		assertThat(names.check("王" + "明".repeat(39), "Ming".repeat(39), "Wang").violations()).isEmpty();
		assertThat(names.check("王" + "明".repeat(40), "Ming".repeat(40), "Wang").violations())
			.containsExactly(Violation.of("chineseName", "CHINESE_NAME_INVALID"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "王", "Xiao_ming", "Xiao.ming", "---", "Xiaoming!", "Сяомин" })
	void R_REG_3_englishNameMustBeLatinLetters(String firstName) {
		assertThat(names.check("王小明", firstName, "Wang").violations())
			.containsExactly(Violation.of("firstName", "ENGLISH_NAME_INVALID"));
	}

	@Test
	void R_REG_3_englishFieldOfMoreThan240LettersIsInvalid() {
		assertThat(names.check("王" + "庄".repeat(39), "Zhuang".repeat(39), "Wang").violations()).isEmpty();
		assertThat(names.check("王小明", "x".repeat(241), "Wang").violations())
			.containsExactly(Violation.of("firstName", "ENGLISH_NAME_INVALID"));
		assertThat(names.check("王小明", "Xiaoming" + " ".repeat(10_000), "Wang").violations())
			.containsExactly(Violation.of("firstName", "ENGLISH_NAME_INVALID"));
	}

	@Test
	void R_REG_3_everyBrokenFieldIsReportedAtOnce() {
		assertThat(names.check("Wang", "王", "").violations()).containsExactly(
				Violation.of("chineseName", "CHINESE_NAME_INVALID"), Violation.of("firstName", "ENGLISH_NAME_INVALID"),
				Violation.of("lastName", "REQUIRED"));
	}

	@Test
	void R_REG_3_characterPinyin4jDoesNotKnowMatchesAnySyllableAndIsReported() {
		String unknown = "\uD840\uDC00"; // U+20000, CJK extension B

		Result result = names.check("王小" + unknown, "Xiaoming", "Wang");

		assertThat(result.violations()).isEmpty();
		assertThat(result.unknownCharacters()).containsExactly(unknown);
		assertThat(names.check("王小" + unknown, "Xiaoxyz", "Wang").violations())
			.containsExactly(Violation.of("firstName", "PINYIN_MISMATCH", "Xiao?"));
		assertThat(names.matches("王小" + unknown, "Xiao", "Wang")).as("still one syllable").isFalse();
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void R_REG_3_matchingDoesNotEnumerateCombinationsOfReadings() {
		// 和 has four readings: 4^39 combinations, none of them spelling the last "x"
		String chineseName = "王" + "和".repeat(39);
		String firstName = "he".repeat(38) + "huox";

		for (int i = 0; i < 100; i++) {
			assertThat(names.check(chineseName, firstName, "Wang").matches()).isFalse();
		}
		assertThat(names.matches(chineseName, "huo".repeat(39), "Wang")).isTrue();
	}

	@Test
	void R_REG_3_everyListedCompoundSurnameIsSpelledByItsCharacters() throws IOException {
		List<String[]> entries = new ClassPathResource(ChineseNameCheck.SURNAMES)
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.strip().split("\\s+"))
			.toList();

		assertThat(entries).hasSizeGreaterThan(60);
		assertThat(entries).allSatisfy((entry) -> {
			String surname = entry[0];
			if (surname.length() > 1) {
				assertThat(spelledBy(surname, entry[1])).as(surname + " " + entry[1]).isTrue();
			}
			else {
				assertThat(PinyinReadings.allSpellings()).as(surname).contains(entry[1]);
			}
		});
	}

	/** Whether some pinyin4j reading of each character, in turn, spells the letters. */
	private static boolean spelledBy(String characters, String letters) {
		if (characters.isEmpty()) {
			return letters.isEmpty();
		}
		for (String reading : PinyinReadings.of(characters.codePointAt(0))) {
			if (letters.startsWith(reading)
					&& spelledBy(characters.substring(1), letters.substring(reading.length()))) {
				return true;
			}
		}
		return false;
	}

}
