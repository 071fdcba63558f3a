package io.kaidian.platform.security;

import java.util.Optional;

/**
 * The port through which the security wiring checks a bearer token. The {@code account}
 * module, which issues and revokes tokens, implements it.
 */
public interface AccessTokenAuthenticator {

	/**
	 * The account a live token belongs to; empty when the token is unknown, expired or
	 * revoked.
	 */
	Optional<KaidianUser> authenticate(String token);

}
