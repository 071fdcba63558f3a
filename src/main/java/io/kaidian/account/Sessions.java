package io.kaidian.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.web.UnauthenticatedException;

/**
 * Signs accounts in and out of the API. An unknown email and a wrong password get the
 * same answer, and take about as long: a password is always checked against an Argon2id
 * hash.
 */
@Service
public class Sessions {

	private final StaffAccounts staff;

	private final AccessTokens tokens;

	private final PasswordEncoder encoder;

	/**
	 * Checked when no account matches, so both failures cost one Argon2id verification.
	 */
	private final String unknownAccountHash;

	Sessions(StaffAccounts staff, AccessTokens tokens, PasswordEncoder encoder) {
		this.staff = staff;
		this.tokens = tokens;
		this.encoder = encoder;
		this.unknownAccountHash = encoder.encode("no account has this password " + System.nanoTime());
	}

	@Transactional
	public SignedIn signIn(String email, String password) {
		Optional<StaffAccount> account = EmailAddress.parse(email).flatMap(this.staff::findByEmail);
		String hash = account.map(StaffAccount::passwordHash).orElse(this.unknownAccountHash);
		boolean matches = this.encoder.matches(password, hash);
		if (account.isEmpty() || !matches) {
			throw new UnauthenticatedException("CREDENTIALS_INVALID");
		}
		AccessTokens.IssuedToken token = this.tokens.issue(AccountKind.STAFF, account.get().id());
		return new SignedIn(token.token(), token.expiresAt(), account.get().user(token.id()));
	}

	/**
	 * Revokes the token the caller signed in with; a page session has none and is left
	 * alone.
	 */
	@Transactional
	public void signOut(KaidianUser user) {
		if (user.sessionId() != null) {
			this.tokens.revoke(user.sessionId());
		}
	}

	/**
	 * @param token the bearer token for {@code Authorization: Bearer}
	 * @param expiresAt when the token stops working
	 * @param user who signed in
	 */
	public record SignedIn(String token, Instant expiresAt, KaidianUser user) {
	}

}
