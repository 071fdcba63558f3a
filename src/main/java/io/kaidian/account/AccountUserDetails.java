package io.kaidian.account;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import io.kaidian.platform.security.KaidianUserDetails;
import io.kaidian.platform.security.PageSessionCheck;

/**
 * The accounts the pages' sign-in forms check passwords against, with the same lockout as
 * the API: failures and successes of the form are counted by the same throttle. A page
 * session stands while its account is live with the password it signed in with.
 */
@Component
class AccountUserDetails implements UserDetailsService, PageSessionCheck {

	private final Sessions sessions;

	private final SignInThrottle throttle;

	AccountUserDetails(Sessions sessions, SignInThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (this.throttle.lockedFor(key(username)).isPresent()) {
			// known or not, a locked email answers alike
			throw new LockedException("Sign-in locked");
		}
		return EmailAddress.parse(username)
			.flatMap(this.sessions::credentials)
			.map((credentials) -> new KaidianUserDetails(credentials.user(), credentials.passwordHash(),
					this.throttle.lockedFor(credentials.user().email()).isPresent()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Override
	public boolean stands(KaidianUserDetails details) {
		return EmailAddress.parse(details.getUsername())
			.flatMap(this.sessions::credentials)
			.filter((current) -> current.user().accountId().equals(details.user().accountId()))
			.filter((current) -> current.passwordHash().equals(details.passwordHash()))
			.isPresent();
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.throttle.recordFailure(key(event.getAuthentication().getName()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof KaidianUserDetails details) {
			this.throttle.recordSuccess(details.user().email());
		}
	}

	private static String key(String username) {
		return EmailAddress.parse(username).map(EmailAddress::value).orElse(username.strip().toLowerCase(Locale.ROOT));
	}

}
