package io.kaidian.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.identity.CaseStatus;
import io.kaidian.identity.IdentityVerification;
import io.kaidian.identity.SubjectType;
import io.kaidian.platform.rules.Violation;

/**
 * The checks of a payout account (R-STORE-2): its type, the holder's name equal to the
 * approved subject's (the company, or the individual business's operator), and the
 * number's form: an Alipay login, a World First account, or a bank account number of the
 * configured length whose check digit (Luhn) is right where the bank uses one.
 */
@Component
class PayoutAccountRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern MAINLAND_MOBILE = Pattern.compile("(\\+86)?1[3-9]\\d{9}");

	private static final Pattern WORLD_FIRST = Pattern.compile("[A-Z0-9]{8,34}");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private final IdentityVerification identity;

	private final StoreProperties properties;

	PayoutAccountRules(IdentityVerification identity, StoreProperties properties) {
		this.identity = identity;
		this.properties = properties;
	}

	/**
	 * The number as stored: spaces and hyphens out, letters upper case for World First.
	 */
	static String normalised(PayoutType type, String number) {
		String stripped = number.strip();
		return switch (type) {
			case BANK -> stripped.replaceAll("[\\s-]", "");
			case WORLD_FIRST -> stripped.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
			case ALIPAY -> stripped.replace(" ", "");
		};
	}

	/** Every violation; the parsed type when the type is valid. */
	List<Violation> check(java.util.UUID sellerId, PayoutAccountForm form) {
		List<Violation> violations = new ArrayList<>();
		Optional<PayoutType> type = type(form.type());
		if (type.isEmpty()) {
			violations.add(Violation.of("type", "PAYOUT_TYPE_INVALID"));
		}
		holder(sellerId, form.accountName(), violations);
		if (!present(form.accountNumber())) {
			violations.add(Violation.of("accountNumber", "REQUIRED"));
		}
		else if (type.isPresent()) {
			number(type.get(), normalised(type.get(), form.accountNumber()), violations);
		}
		if (type.orElse(null) == PayoutType.BANK && !present(form.bankName())) {
			violations.add(Violation.of("bankName", "REQUIRED"));
		}
		return violations;
	}

	static Optional<PayoutType> type(@Nullable String type) {
		if (type == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(PayoutType.valueOf(type));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private void holder(java.util.UUID sellerId, @Nullable String accountName, List<Violation> violations) {
		if (!present(accountName)) {
			violations.add(Violation.of("accountName", "REQUIRED"));
			return;
		}
		Optional<IdentityVerification.CaseView> approved = this.identity.current(sellerId)
			.filter((c) -> c.status() == CaseStatus.APPROVED);
		if (approved.isEmpty()) {
			violations.add(Violation.of("accountName", "IDENTITY_NOT_APPROVED"));
			return;
		}
		IdentityVerification.CaseView subject = approved.get();
		String expected = subject.subjectType() == SubjectType.ENTERPRISE ? subject.companyName()
				: subject.personName();
		if (expected == null || !fold(expected).equals(fold(accountName))) {
			violations.add(Violation.of("accountName", "HOLDER_NAME_MISMATCH"));
		}
	}

	private void number(PayoutType type, String number, List<Violation> violations) {
		switch (type) {
			case ALIPAY -> {
				if (!EMAIL.matcher(number).matches() && !MAINLAND_MOBILE.matcher(number).matches()) {
					violations.add(Violation.of("accountNumber", "ALIPAY_ACCOUNT_INVALID"));
				}
			}
			case WORLD_FIRST -> {
				if (!WORLD_FIRST.matcher(number).matches()) {
					violations.add(Violation.of("accountNumber", "WORLD_FIRST_ACCOUNT_INVALID"));
				}
			}
			case BANK -> bank(number, violations);
		}
	}

	private void bank(String number, List<Violation> violations) {
		if (!DIGITS.matcher(number).matches() || number.length() < this.properties.bankNumberMinLength()
				|| number.length() > this.properties.bankNumberMaxLength()) {
			violations.add(Violation.of("accountNumber", "BANK_NUMBER_LENGTH", this.properties.bankNumberMinLength(),
					this.properties.bankNumberMaxLength()));
		}
		else if (usesLuhn(number) && !luhn(number)) {
			violations.add(Violation.of("accountNumber", "BANK_NUMBER_CHECK_DIGIT"));
		}
	}

	/**
	 * Whether the number is a card-style account whose bank uses a Luhn check digit: a
	 * UnionPay account (16 to 19 digits starting 62). Corporate account numbers carry
	 * none.
	 */
	static boolean usesLuhn(String number) {
		return number.startsWith("62") && number.length() >= 16 && number.length() <= 19;
	}

	static boolean luhn(String number) {
		int sum = 0;
		boolean twice = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			int digit = number.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC)
			.replaceAll("\\s+", "")
			.replace('（', '(')
			.replace('）', ')');
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
