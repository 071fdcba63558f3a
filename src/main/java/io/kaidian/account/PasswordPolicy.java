package io.kaidian.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.kaidian.platform.web.Violation;

/**
 * What a password must be: at least {@code kaidian.account.password-min-length}
 * characters (default 10) and not containing the email's local part. The list of common
 * passwords joins it with seller registration (R-REG).
 */
@Component
class PasswordPolicy {

	private final int minLength;

	PasswordPolicy(AccountProperties properties) {
		this.minLength = properties.passwordMinLength();
	}

	List<Violation> check(String field, String password, EmailAddress email) {
		List<Violation> violations = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < this.minLength) {
			violations.add(Violation.of(field, "PASSWORD_TOO_SHORT", this.minLength));
		}
		String local = email.localPart();
		if (local.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(local)) {
			violations.add(Violation.of(field, "PASSWORD_CONTAINS_EMAIL"));
		}
		return violations;
	}

}
