package io.kaidian.documents;

import java.util.UUID;

import io.kaidian.platform.security.Role;

/**
 * Who opens a document, for the record of views.
 *
 * @param accountId the account opening it
 * @param role the role it acts in: {@code REVIEWER} or {@code OPERATOR} for staff,
 * {@code SELLER} for the owner looking at their own upload
 */
public record Viewer(UUID accountId, Role role) {
}
