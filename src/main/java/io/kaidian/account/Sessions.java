package io.kaidian.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.kaidian.platform.rules.UnauthenticatedException;
import io.kaidian.platform.rules.Violation;
import io.kaidian.platform.security.AccountKind;
import io.kaidian.platform.security.KaidianUser;
import io.kaidian.platform.security.KaidianUserDetails;
import io.kaidian.platform.security.PasswordAuthenticator;
import io.kaidian.platform.security.SignInAttempt;

/**
 * Signs staff and sellers in and out, on the API and (as the
 * {@link PasswordAuthenticator}) on the pages alike. An unknown email and a wrong
 * password get the same answer and take about as long (a password is always checked
 * against an Argon2id hash). Brute force is held back three ways (ADR 0016): a client
 * with too many failures is refused for a while ({@link ClientLimits}); an email with too
 * many failures from one client, or from all, asks that client, or all, for a code sent
 * to the email besides the password ({@link SignInThrottle}, {@code STEP_UP_REQUIRED});
 * the owner always gets in.
 */
@Service
public class Sessions implements PasswordAuthenticator {

	static final String STEP_UP_REQUIRED = "STEP_UP_REQUIRED";

	private final LoginEmails logins;

	private final StaffAccounts staff;

	private final SellerAccounts sellers;

	private final AccessTokens tokens;

	private final SignInThrottle throttle;

	private final ClientLimits clients;

	private final StepUpCodes stepUp;

	private final PasswordEncoder encoder;

	private final Clock clock;

	/**
	 * Checked when no account matches, so every failure costs one Argon2id verification.
	 */
	private final String unknownAccountHash;

	Sessions(LoginEmails logins, StaffAccounts staff, SellerAccounts sellers, AccessTokens tokens,
			SignInThrottle throttle, ClientLimits clients, StepUpCodes stepUp, PasswordEncoder encoder, Clock clock) {
		this.logins = logins;
		this.staff = staff;
		this.sellers = sellers;
		this.tokens = tokens;
		this.throttle = throttle;
		this.clients = clients;
		this.stepUp = stepUp;
		this.encoder = encoder;
		this.clock = clock;
		this.unknownAccountHash = encoder.encode("no account has this password " + System.nanoTime());
	}

	/** Signs in to the API: a bearer token for who the attempt signs in. */
	public SignedIn signIn(SignInAttempt attempt) {
		KaidianUser user = check(attempt).user();
		AccessTokens.IssuedToken token = this.tokens.issue(user.kind(), user.accountId());
		return new SignedIn(token.token(), token.expiresAt(), user.withSession(token.id()));
	}

	@Override
	public KaidianUserDetails authenticate(SignInAttempt attempt) {
		Credentials credentials = check(attempt);
		return new KaidianUserDetails(credentials.user(), credentials.passwordHash(), false);
	}

	private Credentials check(SignInAttempt attempt) {
		this.clients.checkSignIn(attempt.client());
		Optional<EmailAddress> email = EmailAddress.parse(attempt.email());
		String key = email.map(EmailAddress::value).orElse(attempt.email().strip().toLowerCase(Locale.ROOT));
		boolean stepUpRequired = this.throttle.stepUpRequired(key, attempt.client());
		Optional<Credentials> account = email.flatMap(this::credentials);
		boolean matches = this.encoder.matches(attempt.password(),
				account.map(Credentials::passwordHash).orElse(this.unknownAccountHash));
		boolean right = matches && account.isPresent();
		if (!right) {
			this.throttle.recordFailure(key, attempt.client());
			this.clients.signInFailed(attempt.client());
		}
		if (stepUpRequired) {
			requireCode(attempt, key, right);
		}
		else if (!right) {
			throw new UnauthenticatedException("CREDENTIALS_INVALID");
		}
		this.throttle.recordSuccess(key, attempt.client());
		Credentials credentials = account.orElseThrow();
		if (credentials.user().kind() == AccountKind.SELLER) {
			this.sellers.recordSignIn(credentials.user().accountId(), this.clock.instant());
		}
		return credentials;
	}

	/**
	 * A locked email signs in with its password and the code sent to it. Every refusal
	 * answers alike whether the password was right or not, so a lock stops the guessing:
	 * without a code, {@code STEP_UP_REQUIRED} (a code is sent only when the password was
	 * right); with one, {@code STEP_UP_REQUIRED} naming the field {@code code} unless
	 * both are right.
	 */
	private void requireCode(SignInAttempt attempt, String email, boolean passwordRight) {
		String code = attempt.code();
		if (code == null || code.isBlank()) {
			if (passwordRight) {
				this.stepUp.send(email, attempt.locale());
			}
			throw new UnauthenticatedException(STEP_UP_REQUIRED);
		}
		if (!passwordRight || !this.stepUp.check(email, code.strip())) {
			throw new UnauthenticatedException(STEP_UP_REQUIRED, List.of(Violation.of("code", "STEP_UP_FAILED")));
		}
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
