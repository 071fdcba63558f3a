package io.kaidian.identity;

import cn.hutool.core.util.CreditCodeUtil;
import org.junit.jupiter.api.Test;

import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-ID-1: our credit code check agrees with hutool's
 * {@link CreditCodeUtil#isCreditCode(CharSequence)} over thousands of generated valid
 * codes and the same codes tampered with (one character changed to another of the
 * alphabet, or two different neighbours swapped).
 * <p>
 * Where the two differ by design: hutool checks the alphabet, digits at positions 3–8 and
 * the GB 32100 check character only. It does not check the registration authority and
 * entity category against the table, nor the GB 11714 check character of the organisation
 * code (position 17); we refuse both. The generated codes satisfy both, so on them the
 * two must agree exactly; the differences are pinned by their own tests below.
 */
class UnifiedSocialCreditCodeHutoolTests {

	private static final int COUNT = 5_000;

	@Test
	void R_ID_1_generatedValidCodesAreValidForBoth() {
		IdentityNumberGenerator generator = new IdentityNumberGenerator(32100L);
		for (int i = 0; i < COUNT; i++) {
			String code = generator.creditCode();

			assertThat(UnifiedSocialCreditCode.check("creditCode", code)).as(code).isEmpty();
			assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isTrue();
		}
	}

	@Test
	void R_ID_1_tamperedCodesAreInvalidForBoth() {
		IdentityNumberGenerator generator = new IdentityNumberGenerator(11714L);
		for (int i = 0; i < COUNT; i++) {
			String tampered = generator.tamper(generator.creditCode(), UnifiedSocialCreditCode.ALPHABET);

			assertThat(UnifiedSocialCreditCode.check("creditCode", tampered)).as(tampered).hasSize(1);
			assertThat(CreditCodeUtil.isCreditCode(tampered)).as(tampered).isFalse();
		}
	}

	@Test
	void R_ID_1_differenceTheOrganisationCheckCharacterIsCheckedByUsOnly() {
		IdentityNumberGenerator generator = new IdentityNumberGenerator(3L);
		for (int i = 0; i < COUNT; i++) {
			String valid = generator.creditCode();
			char wrong = (valid.charAt(16) == '0') ? '1' : '0';
			String body = valid.substring(0, 16) + wrong;
			String code = body + UnifiedSocialCreditCode.checkCharacter(body);

			assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isTrue();
			assertThat(UnifiedSocialCreditCode.check("creditCode", code)).as(code)
				.containsExactly(Violation.of("creditCode", UnifiedSocialCreditCode.CHECKSUM));
		}
	}

	@Test
	void R_ID_1_differenceTheAuthorityAndCategoryAreCheckedByUsOnly() {
		for (String start : new String[] { "B1", "0A", "95", "Y9", "2Y" }) {
			String body = start + "350100M000100Y4";
			String code = body + UnifiedSocialCreditCode.checkCharacter(body);

			assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isTrue();
			assertThat(UnifiedSocialCreditCode.check("creditCode", code)).as(code)
				.containsExactly(Violation.of("creditCode", UnifiedSocialCreditCode.FORMAT));
		}
	}

}
