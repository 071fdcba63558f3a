package io.kaidian.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.rules.RateLimitedException;
import io.kaidian.platform.rules.UnauthenticatedException;

/**
 * Signs staff and sellers in and out of the API. An unknown email and a wrong password
 * get the same answer and take about as long (a password is always checked against an
 * Argon2id hash); ten wrong passwords for one email within 12 hours lock it for 15
 * minutes, known or not.
 */
@Service
public class Sessions {

	private final LoginEmails logins;

	private final StaffAccounts staff;

	private final SellerAccounts sellers;

	private final AccessTokens tokens;

	private final SignInThrottle throttle;

	private final PasswordEncoder encoder;

	private final java.time.Clock clock;

	/**
	 * Checked when no account matches, so every failure costs one Argon2id verification.
	 */
	private final String unknownAccountHash;

	Sessions(LoginEmails logins, StaffAccounts staff, SellerAccounts sellers, AccessTokens tokens,
			SignInThrottle throttle, PasswordEncoder encoder, java.time.Clock clock) {
		this.logins = logins;
		this.staff = staff;
		this.sellers = sellers;
		this.tokens = tokens;
		this.throttle = throttle;
		this.encoder = encoder;
		this.clock = clock;
		this.unknownAccountHash = encoder.encode("no account has this password " + System.nanoTime());
	}

	public SignedIn signIn(String rawEmail, String password) {
		Optional<EmailAddress> email = EmailAddress.parse(rawEmail);
		String key = email.map(EmailAddress::value).orElse(rawEmail.strip().toLowerCase(Locale.ROOT));
		Optional<Duration> locked = this.throttle.lockedFor(key);
		if (locked.isPresent()) {
			this.encoder.matches(password, this.unknownAccountHash);
			throw new RateLimitedException("SIGN_IN_LOCKED", locked.get(), List.of());
		}
		Optional<Credentials> account = email.flatMap(this::credentials);
		boolean matches = this.encoder.matches(password,
				account.map(Credentials::passwordHash).orElse(this.unknownAccountHash));
		if (account.isEmpty() || !matches) {
			this.throttle.recordFailure(key);
			throw new UnauthenticatedException("CREDENTIALS_INVALID");
		}
		this.throttle.recordSuccess(key);
		KaidianUser user = account.get().user();
		AccessTokens.IssuedToken token = this.tokens.issue(user.kind(), user.accountId());
		if (user.kind() == AccountKind.SELLER) {
			this.sellers.recordSignIn(user.accountId(), this.clock.instant());
		}
		return new SignedIn(token.token(), token.expiresAt(), user.withSession(token.id()));
	}

	/**
	 * Revokes the token the caller signed in with; a page session has none and is left
	 * alone.
	 */
	public void signOut(KaidianUser user) {
		if (user.sessionId() != null) {
			this.tokens.revoke(user.sessionId());
		}
	}

	/** The live account an email signs in to, with its password hash. */
	Optional<Credentials> credentials(EmailAddress email) {
		return this.logins.find(email).flatMap((login) -> switch (login.kind()) {
			case STAFF -> this.staff.findById(login.accountId())
				.map((account) -> new Credentials(account.user(null), account.passwordHash()));
			case SELLER -> this.sellers.findById(login.accountId())
				.filter(SellerAccount::live)
				.map((account) -> new Credentials(account.user(null), account.passwordHash()));
		});
	}

	/**
	 * @param token the bearer token for {@code Authorization: Bearer}
	 * @param expiresAt when the token stops working
	 * @param user who signed in
	 */
	public record SignedIn(String token, Instant expiresAt, KaidianUser user) {
	}

	/**
	 * @param user who the email signs in
	 * @param passwordHash the stored hash
	 */
	record Credentials(KaidianUser user, String passwordHash) {
	}

}
