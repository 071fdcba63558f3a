package io.kaidian.account;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaidian.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules of registration (R-REG-2), on the policy alone. */
class PasswordPolicyTests {

	private static final EmailAddress EMAIL = EmailAddress.parse("lixiaolong@example.cn").orElseThrow();

	private final PasswordPolicy policy = policy(10);

	@Test
	void R_REG_2_passwordShorterThanTheConfiguredMinimumIsTooShort() {
		PasswordPolicy twelve = policy(12);

		assertThat(twelve.check("password", "Tmz-8vq-k2x", EMAIL))
			.containsExactly(Violation.of("password", "PASSWORD_TOO_SHORT", 12));
		assertThat(twelve.check("password", "Tmz-8vq-k2xa", EMAIL)).isEmpty();
	}

	@Test
	void R_REG_2_lengthCountsCharactersNotBytes() {
		assertThat(this.policy.check("password", "开店开店开店开店开店", EMAIL)).isEmpty();
		assertThat(this.policy.check("password", "开店开店开店开店开", EMAIL))
			.containsExactly(Violation.of("password", "PASSWORD_TOO_SHORT", 10));
	}

	@Test
	void R_REG_2_passwordContainingTheEmailsLocalPartIsRefused() {
		assertThat(this.policy.check("password", "My-LiXiaoLong-77", EMAIL))
			.containsExactly(Violation.of("password", "PASSWORD_CONTAINS_EMAIL"));
	}

	@Test
	void localPartsShorterThanThreeCharactersAreNotLookedFor() {
		EmailAddress shortLocal = EmailAddress.parse("li@example.cn").orElseThrow();

		assertThat(this.policy.check("password", "Tmz-li-8vq-k2x", shortLocal)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwertyuiop", "1234567890", "password123", "1qaz2wsx3edc", "manchester" })
	void R_REG_2_commonPasswordIsWeak(String password) {
		assertThat(this.policy.check("password", password, EMAIL))
			.containsExactly(Violation.of("password", "WEAK_PASSWORD"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "QWERTYuiop", "Manchester", "ＱＷＥＲＴＹＵＩＯＰ", "PassWord123" })
	void R_REG_2_commonPasswordIsWeakInAnyCaseOrWidth(String password) {
		assertThat(this.policy.check("password", password, EMAIL))
			.containsExactly(Violation.of("password", "WEAK_PASSWORD"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Password2024!", "iloveyou12345", "sunshine!!!!", "dragon-1987-#", "password123!!",
			"1234567890!", "5201314!!!!", "monkey 123456" })
	void R_REG_2_commonPasswordWithDigitsOrSymbolsAppendedIsWeak(String password) {
		assertThat(this.policy.check("password", password, EMAIL))
			.containsExactly(Violation.of("password", "WEAK_PASSWORD"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Correct-horse-battery-7", "7dragon-keeps-gold", "Tmz-8vq-k2x", "Long-enough-1a2b3c4d",
			"Bootstrap-pass-1", "Kaidian-demo-1", "开店开店开店开店开店" })
	void R_REG_2_uncommonPasswordsPass(String password) {
		assertThat(this.policy.check("password", password, EMAIL)).isEmpty();
	}

	@Test
	void commonWordsElsewhereThanAtTheStartAreNotRefused() {
		assertThat(this.policy.check("password", "2024!Password", EMAIL)).isEmpty();
		assertThat(this.policy.check("password", "xk-password-xk", EMAIL)).isEmpty();
	}

	@Test
	void R_REG_2_everyBrokenRuleIsReportedAtOnce() {
		EmailAddress dragon = EmailAddress.parse("dragon@example.cn").orElseThrow();

		List<Violation> violations = this.policy.check("password", "Dragon1", dragon);

		assertThat(violations).containsExactly(Violation.of("password", "PASSWORD_TOO_SHORT", 10),
				Violation.of("password", "PASSWORD_CONTAINS_EMAIL"), Violation.of("password", "WEAK_PASSWORD"));
	}

	@Test
	void theWholeShippedListIsLoaded() {
		assertThat(this.policy.isCommon("123456")).isTrue();
		assertThat(this.policy.isCommon("qqqqqq1")).as("the 10,000th entry").isTrue();
		assertThat(this.policy.isCommon("# The 10,000 most common passwords")).isFalse();
	}

	private static PasswordPolicy policy(int minLength) {
		return new PasswordPolicy(new AccountProperties(Duration.ofHours(12), minLength,
				new AccountProperties.Bootstrap(null, null, "Root"),
				new AccountProperties.Demo(false, "operator@kaidian.test", "x", "reviewer@kaidian.test", "y"),
				new AccountProperties.Verification(Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 10, null),
				new AccountProperties.SignIn(10, 20, Duration.ofHours(12), Duration.ofMinutes(15)),
				new AccountProperties.ClientLimits(20, 10, 50)));
	}

}
