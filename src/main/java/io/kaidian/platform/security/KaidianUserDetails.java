package io.kaidian.platform.security;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A {@link KaidianUser} with its password hash, for the pages' sign-in form.
 *
 * @param user who signs in
 * @param passwordHash the stored Argon2id hash
 * @param locked whether sign-in is refused for now
 */
public record KaidianUserDetails(KaidianUser user, String passwordHash, boolean locked) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.user.authorities();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.email();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	/**
	 * The caller of a request, signed in by token or by session; {@code null} if
	 * anonymous.
	 */
	public static @Nullable KaidianUser of(@Nullable Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		return switch (authentication.getPrincipal()) {
			case KaidianUser user -> user;
			case KaidianUserDetails details -> details.user();
			case null, default -> null;
		};
	}

}
