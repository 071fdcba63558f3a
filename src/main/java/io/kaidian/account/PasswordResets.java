package io.kaidian.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.notification.Channel;
import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.security.AccountKind;

/**
 * Resets a forgotten password, seller's or staff's, with a {@code RESET_PASSWORD} code
 * sent to the account's email (the code rules of R-REG-8: 10 minutes, 5 tries, single
 * use). The new password follows the password policy. A reset revokes every bearer token
 * of the account; its page sessions end at their next request, the password they signed
 * in with being gone. An unknown email answers exactly like a known one with a wrong code
 * (ADR 0021).
 */
@Service
public class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final LoginEmails logins;

	private final VerificationCodes codes;

	private final PasswordPolicy passwords;

	private final PasswordEncoder encoder;

	private final StaffAccounts staff;

	private final SellerAccounts sellers;

	private final AccessTokens tokens;

	private final AuditTrail audit;

	PasswordResets(LoginEmails logins, VerificationCodes codes, PasswordPolicy passwords, PasswordEncoder encoder,
			StaffAccounts staff, SellerAccounts sellers, AccessTokens tokens, AuditTrail audit) {
		this.logins = logins;
		this.codes = codes;
		this.passwords = passwords;
		this.encoder = encoder;
		this.staff = staff;
		this.sellers = sellers;
		this.tokens = tokens;
		this.audit = audit;
	}

	/**
	 * Every failure is reported at once, field by field ({@code email}, {@code code},
	 * {@code newPassword}); a refused reset changes nothing but the count of wrong code
	 * tries.
	 */
	@Transactional
	public void reset(@Nullable String rawEmail, @Nullable String code, @Nullable String newPassword) {
		List<Violation> violations = new ArrayList<>();
		Optional<EmailAddress> email = EmailAddress.parse(rawEmail != null ? rawEmail : "");
		if (email.isEmpty()) {
			violations.add(Violation.of("email", blank(rawEmail) ? "REQUIRED" : "EMAIL_INVALID"));
		}
		if (blank(newPassword)) {
			violations.add(Violation.of("newPassword", "REQUIRED"));
		}
		else {
			violations.addAll(this.passwords.check("newPassword", newPassword, email.orElse(null)));
		}
		if (blank(code)) {
			violations.add(Violation.of("code", "REQUIRED"));
		}
		else if (email.isPresent()) {
			this.codes
				.consume(Channel.EMAIL, email.get().value(), VerificationPurpose.RESET_PASSWORD, "code", code.strip())
				.ifPresent(violations::add);
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		// a right code for an email without an account cannot be: its code was never sent
		this.logins.find(email.get()).ifPresent((login) -> change(login, newPassword));
	}

	private void change(LoginEmails.Login login, String newPassword) {
		String hash = this.encoder.encode(newPassword);
		boolean changed = switch (login.kind()) {
			case STAFF -> this.staff.changePassword(login.accountId(), hash);
			case SELLER -> this.sellers.changePassword(login.accountId(), hash);
		};
		if (!changed) {
			return;
		}
		int revoked = this.tokens.revokeAll(login.kind(), login.accountId());
		if (login.kind() == AccountKind.SELLER) {
			this.sellers.findById(login.accountId())
				.ifPresent((seller) -> this.audit.record(new AuditTrail.Entry(seller.memberId(), "account",
						"PASSWORD_RESET", null, null, null, "SELLER", null, Map.of("tokensRevoked", revoked))));
		}
		log.info("Password of {} account {} reset; {} tokens revoked", login.kind(), login.accountId(), revoked);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
