package io.kaidian.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.rules.Violation;

/**
 * A Unified Social Credit Code (统一社会信用代码) as defined by GB 32100-2015
 * 《法人和其他组织统一社会信用代码编码规则》: 18 characters from the 31-character alphabet {@value #ALPHABET}
 * (no I, O, Z, S or V).
 * <table>
 * <caption>Parts of the code</caption>
 * <tr>
 * <th>positions</th>
 * <th>part</th>
 * <th>checked</th>
 * </tr>
 * <tr>
 * <td>1</td>
 * <td>registration authority (登记管理部门代码)</td>
 * <td>one of {@code 1}–{@code 9}, {@code A}, {@code N}, {@code Y}</td>
 * </tr>
 * <tr>
 * <td>2</td>
 * <td>entity category (机构类别代码)</td>
 * <td>one of the categories of that authority, {@link #CATEGORIES}</td>
 * </tr>
 * <tr>
 * <td>3–8</td>
 * <td>administrative division of the registration authority (GB/T 2260)</td>
 * <td>digits only: central authorities register with {@code 100000}, and divisions come
 * and go while the codes stay, so no division table is applied</td>
 * </tr>
 * <tr>
 * <td>9–17</td>
 * <td>organisation code (主体标识码, GB 11714-1997): 8 body characters and a check
 * character</td>
 * <td>the GB 11714 check: weights 3, 7, 9, 10, 5, 8, 4, 2 over the body (a letter counts
 * {@code A}=10 … {@code Z}=35), check = 11 − (sum mod 11), 10 written {@code X}, 11
 * written {@code 0}</td>
 * </tr>
 * <tr>
 * <td>18</td>
 * <td>check character (校验码)</td>
 * <td>GB 32100: weights 3<sup>i</sup> mod 31 (1, 3, 9, 27, 19, 26, …, 28) over positions
 * 1–17 taken as their index in {@value #ALPHABET}, check = 31 − (sum mod 31), 31 written
 * {@code 0}</td>
 * </tr>
 * </table>
 * A typed code is normalised first (full-width forms, surrounding white space, lower
 * case). Violation codes: {@value #REQUIRED} (nothing typed), {@value #FORMAT} (length,
 * alphabet, non-digit division, unknown authority or category) and {@value #CHECKSUM}
 * (either check character wrong). Both check characters catch every single wrong
 * character and every swap of two neighbours.
 * <p>
 * {@link #toString()} is masked: the code never reaches a log in full by accident.
 *
 * @param value the normalised, valid code
 */
public record UnifiedSocialCreditCode(String value) {

	public static final String REQUIRED = "REQUIRED";

	public static final String FORMAT = "CREDIT_CODE_FORMAT";

	public static final String CHECKSUM = "CREDIT_CODE_CHECKSUM";

	public static final int LENGTH = 18;

	/** The GB 32100 character set in the order of its values 0–30. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/**
	 * Registration authority (position 1) to its entity categories (position 2): GB
	 * 32100-2015 table 1 (1 机构编制, 5 民政, 9 工商, Y 其他) with the authorities and categories
	 * assigned since. Two entries are accepted leniently because codes are issued with
	 * them although not every published table lists them: {@code 54} (基层群众性自治组织, village
	 * and residents' committees) and {@code 99}. 1 机构编制 (机关, 事业单位, 中央编办直接管理机构编制的群众团体,
	 * 其他), 2 外交 (外国常驻新闻机构, 其他), 3 司法行政 (律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他), 4 文化
	 * (外国在华文化中心, 其他), 5 民政 (社会团体, 民办非企业单位, 基金会, 基层群众性自治组织, 其他), 6 旅游 (外国旅游部门常驻代表机构,
	 * 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他), 7 宗教 (宗教活动场所, 宗教院校, 其他), 8 工会 (基层工会, 其他), 9 工商 / 市场监管
	 * (企业, 个体工商户, 农民专业合作社, 其他), A 中央军委改革和编制办公室 (军队事业单位, 其他), N 农业 (组级, 村级, 乡镇级集体经济组织,
	 * 其他), Y 其他 (1).
	 */
	static final Map<Character, String> CATEGORIES = Map.ofEntries(Map.entry('1', "1239"), Map.entry('2', "19"),
			Map.entry('3', "123459"), Map.entry('4', "19"), Map.entry('5', "12349"), Map.entry('6', "129"),
			Map.entry('7', "129"), Map.entry('8', "19"), Map.entry('9', "1239"), Map.entry('A', "19"),
			Map.entry('N', "1239"), Map.entry('Y', "1"));

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/**
	 * A code known to be valid.
	 * @param value the normalised code
	 * @throws IllegalArgumentException if the code breaks a rule
	 */
	public UnifiedSocialCreditCode {
		String problem = problem(value);
		if (problem != null) {
			throw new IllegalArgumentException("Not a valid credit code (" + problem + ")");
		}
	}

	/**
	 * The violations of a typed code: none, or the first rule it breaks.
	 * @param field the field to name in the violation
	 * @param raw the code as typed, may be {@code null}
	 * @return no violation, or one of {@value #REQUIRED}, {@value #FORMAT},
	 * {@value #CHECKSUM}
	 */
	public static List<Violation> check(String field, @Nullable String raw) {
		String problem = problem(IdentityNumbers.normalise(raw));
		return (problem != null) ? List.of(Violation.of(field, problem)) : List.of();
	}

	/**
	 * The typed code, normalised, if it is valid.
	 * @param raw the code as typed, may be {@code null}
	 * @return the code, or empty if it breaks a rule
	 */
	public static Optional<UnifiedSocialCreditCode> parse(@Nullable String raw) {
		String value = IdentityNumbers.normalise(raw);
		return (problem(value) == null) ? Optional.of(new UnifiedSocialCreditCode(value)) : Optional.empty();
	}

	/**
	 * The code for display: first and last four characters, {@code 9111**********123X}.
	 * @return the masked code
	 */
	public String masked() {
		return IdentityNumbers.mask(this.value);
	}

	/**
	 * Position 1, the registration authority ({@code 9} for market regulation).
	 * @return the authority code
	 */
	public char registrationAuthority() {
		return this.value.charAt(0);
	}

	/**
	 * Position 2, the entity category within the authority ({@code 1} enterprise,
	 * {@code 2} individual business under authority {@code 9}).
	 * @return the category code
	 */
	public char entityCategory() {
		return this.value.charAt(1);
	}

	/**
	 * Positions 3–8, the administrative division of the registration authority.
	 * @return six digits
	 */
	public String divisionCode() {
		return this.value.substring(2, 8);
	}

	/**
	 * Positions 9–17, the GB 11714 organisation code with its check character.
	 * @return nine characters
	 */
	public String organisationCode() {
		return this.value.substring(8, 17);
	}

	@Override
	public String toString() {
		return masked();
	}

	/**
	 * The GB 32100 check character of the first 17 characters of a code.
	 * @param body 17 characters of {@value #ALPHABET}
	 * @return the check character
	 */
	static char checkCharacter(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * The GB 11714 check character of an organisation code body.
	 * @param body 8 digits or upper-case letters
	 * @return {@code 0}–{@code 9} or {@code X}
	 */
	static char organisationCheckCharacter(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return switch (check) {
			case 10 -> 'X';
			case 11 -> '0';
			default -> (char) ('0' + check);
		};
	}

	private static @Nullable String problem(String value) {
		if (value.isEmpty()) {
			return REQUIRED;
		}
		if (value.length() != LENGTH || !value.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)
				|| !value.substring(2, 8).chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return FORMAT;
		}
		String categories = CATEGORIES.get(value.charAt(0));
		if (categories == null || categories.indexOf(value.charAt(1)) < 0) {
			return FORMAT;
		}
		if (organisationCheckCharacter(value.substring(8, 16)) != value.charAt(16)
				|| checkCharacter(value) != value.charAt(17)) {
			return CHECKSUM;
		}
		return null;
	}

}
