package io.kaidian.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped list of common passwords (R-REG-2): its shape, its licence, and that it is
 * reproducible with {@link CommonPasswordsGenerator}.
 */
class CommonPasswordsTests {

	@Test
	void R_REG_2_listHoldsTheTenThousandMostCommonPasswordsLowerCasedInRankOrder() throws IOException {
		List<String> passwords = shipped().lines().filter((line) -> !line.startsWith("#")).toList();

		assertThat(passwords).hasSize(10_000)
			.startsWith("123456", "password", "12345678", "qwerty")
			.endsWith("qqqqqq1");
		assertThat(new HashSet<>(passwords)).hasSize(10_000);
		assertThat(passwords).allSatisfy((password) -> {
			assertThat(password).isEqualTo(password.toLowerCase(Locale.ROOT)).isEqualTo(password.strip());
			assertThat(password.length()).as("no entry shorter than 4, see PasswordPolicy").isGreaterThanOrEqualTo(4);
		});
	}

	@Test
	void listNamesItsOriginAndLicenceWhichShipsBesideIt() throws IOException {
		assertThat(shipped().lines().findFirst()).hasValueSatisfying(
				(header) -> assertThat(header).startsWith("# ").contains("com.nulab-inc:zxcvbn:1.9.0", "MIT"));
		assertThat(new ClassPathResource("account/common-passwords.LICENSE.txt")
			.getContentAsString(StandardCharsets.UTF_8)).contains("Copyright (c) 2014 Nulab Inc",
					"Copyright (c) 2012-2015 Dan Wheeler and Dropbox, Inc.",
					"Permission is hereby granted, free of charge");
	}

	@Test
	void listIsExactlyWhatTheGeneratorMakesFromTheZxcvbnJar() throws IOException {
		Path jar = CommonPasswordsGenerator.DEFAULT_JAR;
		assumeTrue(Files.isReadable(jar), () -> jar + " is absent; fetch it with "
				+ "./mvnw dependency:get -Dartifact=com.nulab-inc:zxcvbn:1.9.0 to check the list");

		assertThat(shipped()).isEqualTo(CommonPasswordsGenerator.render(jar));
	}

	private static String shipped() throws IOException {
		return new ClassPathResource(PasswordPolicy.COMMON_PASSWORDS).getContentAsString(StandardCharsets.UTF_8);
	}

}
