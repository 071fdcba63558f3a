package io.kaidian.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.kaidian.platform.rules.Violation;

/**
 * What a password must be (R-REG-2; staff accounts follow the same policy). Every failure
 * is reported, not only the first:
 * <ul>
 * <li>at least {@code kaidian.account.password-min-length} characters, default 10
 * ({@code PASSWORD_TOO_SHORT});</li>
 * <li>not containing the email's local part, when that has 3 characters or more
 * ({@code PASSWORD_CONTAINS_EMAIL});</li>
 * <li>not one of the 10,000 most common passwords shipped in {@value #COMMON_PASSWORDS}
 * ({@code WEAK_PASSWORD}).</li>
 * </ul>
 * The common-password comparison is case-insensitive and sees through full-width forms
 * (NFKC, then lower case). Almost every listed password is shorter than the minimum
 * length, so the usual way round the list, appending digits or symbols
 * ({@code Password2024!}), is refused too: the password is also looked up without its
 * trailing symbols and without its trailing run of digits and symbols (the list holds no
 * entry shorter than 4 characters, so a short stem is never refused on its own). Leading
 * additions and look-alike substitutions ({@code p@ssw0rd}) are not undone. The list is
 * read once, when the bean is created.
 */
@Component
class PasswordPolicy {

	/** The shipped list: a header of {@code #} lines, then one password a line. */
	static final String COMMON_PASSWORDS = "account/common-passwords.txt";

	private static final IntPredicate SYMBOL = (c) -> !Character.isLetterOrDigit(c);

	private static final IntPredicate DIGIT_OR_SYMBOL = (c) -> !Character.isLetter(c);

	private final int minLength;

	private final Set<String> commonPasswords;

	PasswordPolicy(AccountProperties properties) {
		this.minLength = properties.passwordMinLength();
		this.commonPasswords = load(COMMON_PASSWORDS);
	}

	List<Violation> check(String field, String password, @Nullable EmailAddress email) {
		List<Violation> violations = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < this.minLength) {
			violations.add(Violation.of(field, "PASSWORD_TOO_SHORT", this.minLength));
		}
		String local = email != null ? email.localPart() : "";
		if (local.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(local)) {
			violations.add(Violation.of(field, "PASSWORD_CONTAINS_EMAIL"));
		}
		if (isCommon(password)) {
			violations.add(Violation.of(field, "WEAK_PASSWORD"));
		}
		return violations;
	}

	/**
	 * Whether the password is on the common list, as it is or with common endings
	 * removed.
	 */
	boolean isCommon(String password) {
		String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return this.commonPasswords.contains(normalised)
				|| this.commonPasswords.contains(stripTrailing(normalised, SYMBOL))
				|| this.commonPasswords.contains(stripTrailing(normalised, DIGIT_OR_SYMBOL));
	}

	private static String stripTrailing(String text, IntPredicate strip) {
		int end = text.length();
		while (end > 0 && strip.test(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(0, end);
	}

	private static Set<String> load(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			Set<String> passwords = new HashSet<>(16_384);
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String password = line.strip();
				if (!password.isEmpty() && !password.startsWith("#")) {
					passwords.add(password);
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords " + location + " cannot be read", ex);
		}
	}

}
