package io.kaidian.account;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaidian.platform.security.Role;

/**
 * A reviewer or operator account was created.
 *
 * @param staffId the new account
 * @param email its login name
 * @param name its holder's name
 * @param roles what it may do
 * @param createdBy the operator who created it; {@code null} for the bootstrap operator
 */
public record StaffAccountCreated(UUID staffId, String email, String name, Set<Role> roles, @Nullable UUID createdBy) {
}
