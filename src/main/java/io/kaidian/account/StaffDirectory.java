package io.kaidian.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.security.Role;
import io.kaidian.platform.rules.RuleViolationException;
import io.kaidian.platform.rules.Violation;

/** Creates the platform's staff: reviewers and operators. */
@Service
public class StaffDirectory {

	private final StaffAccounts accounts;

	private final LoginEmails logins;

	private final PasswordPolicy passwords;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffDirectory(StaffAccounts accounts, LoginEmails logins, PasswordPolicy passwords, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.logins = logins;
		this.passwords = passwords;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a staff account. Every rule failure is reported at once, field by field,
	 * and nothing is written; a concurrent creation of the same email loses with a
	 * duplicate-key conflict.
	 * @param createdBy the operator creating it, {@code null} when the platform
	 * bootstraps itself
	 * @return the new account's id
	 */
	@Transactional
	public UUID create(NewStaff staff, @Nullable UUID createdBy) {
		List<Violation> violations = new ArrayList<>();
		EmailAddress email = EmailAddress.parse(staff.email()).orElse(null);
		if (email == null) {
			violations.add(Violation.of("email", "EMAIL_INVALID"));
		}
		else if (this.logins.taken(email)) {
			// staff accounts are never sellers: a seller's email is taken too
			violations.add(Violation.of("email", "EMAIL_TAKEN"));
		}
		if (email != null) {
			violations.addAll(this.passwords.check("password", staff.password(), email));
		}
		if (staff.name().isBlank()) {
			violations.add(Violation.of("name", "REQUIRED"));
		}
		if (staff.roles().isEmpty() || staff.roles().contains(Role.SELLER)
				|| staff.roles().contains(Role.INTEGRATION)) {
			violations.add(Violation.of("roles", "STAFF_ROLES_INVALID"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		StaffAccount account = new StaffAccount(UUID.randomUUID(), email, staff.name().strip(), staff.roles(),
				this.encoder.encode(staff.password()), this.clock.instant(), createdBy);
		this.accounts.add(account);
		this.events.publishEvent(new StaffAccountCreated(account.id(), account.email().value(), account.name(),
				account.roles(), createdBy));
		return account.id();
	}

	/** Whether any operator exists yet. */
	public boolean hasOperator() {
		return this.accounts.anyOperator();
	}

	/** Whether a staff account with this login exists. */
	public boolean exists(String email) {
		return EmailAddress.parse(email).map(this.accounts::existsWithEmail).orElse(false);
	}

	/**
	 * A staff account to create.
	 *
	 * @param email its login
	 * @param password its password
	 * @param name its holder's name
	 * @param roles {@code REVIEWER} and/or {@code OPERATOR}
	 */
	public record NewStaff(String email, String password, String name, Set<Role> roles) {
	}

}
