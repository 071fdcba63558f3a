package io.kaidian.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.Role;

/**
 * A reviewer's or operator's account. Staff accounts are never sellers.
 *
 * @param id the account
 * @param email the normalised login name
 * @param name the holder's name
 * @param roles {@code REVIEWER} and/or {@code OPERATOR}, never {@code SELLER}
 * @param passwordHash Argon2id hash of the password
 * @param createdAt when it was created
 * @param createdBy the operator who created it; {@code null} for the bootstrap operator
 */
record StaffAccount(UUID id, EmailAddress email, String name, Set<Role> roles, String passwordHash, Instant createdAt,
		@Nullable UUID createdBy) {

	StaffAccount {
		roles = Set.copyOf(roles);
		if (roles.isEmpty() || roles.contains(Role.SELLER)) {
			throw new IllegalArgumentException("Staff roles are REVIEWER and/or OPERATOR: " + roles);
		}
	}

	KaidianUser user(@Nullable UUID sessionId) {
		return new KaidianUser(this.id, AccountKind.STAFF, this.email.value(), this.name, null, this.roles, sessionId);
	}

}
