package io.kaidian.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling: the principal of every authenticated request, whether it came with a
 * bearer token (API) or a session (pages).
 *
 * @param accountId the account's internal id
 * @param kind staff or seller
 * @param email the login name
 * @param displayName a name to greet the user with
 * @param memberId the seller's member ID (R-REG-4), {@code null} for staff
 * @param roles what the account may do
 * @param sessionId the id of the access token the request came with, {@code null} for
 * page sessions
 */
public record KaidianUser(UUID accountId, AccountKind kind, String email, String displayName, @Nullable String memberId,
		Set<Role> roles, @Nullable UUID sessionId) {

	public KaidianUser {
		roles = Set.copyOf(roles);
	}

	/** The same account, signed in with the given access token. */
	public KaidianUser withSession(UUID session) {
		return new KaidianUser(this.accountId, this.kind, this.email, this.displayName, this.memberId, this.roles,
				session);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public Collection<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

}
