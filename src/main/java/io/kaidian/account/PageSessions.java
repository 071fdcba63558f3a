package io.kaidian.account;

import org.springframework.stereotype.Component;

import io.kaidian.platform.security.KaidianUserDetails;
import io.kaidian.platform.security.PageSessionCheck;

/**
 * A page session stands while its account is live with the password it signed in with (a
 * password reset ends every session of the account). The form's passwords are checked by
 * {@link Sessions}.
 */
@Component
class PageSessions implements PageSessionCheck {

	private final Sessions sessions;

	PageSessions(Sessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public boolean stands(KaidianUserDetails details) {
		return EmailAddress.parse(details.getUsername())
			.flatMap(this.sessions::credentials)
			.filter((current) -> current.user().accountId().equals(details.user().accountId()))
			.filter((current) -> current.passwordHash().equals(details.passwordHash()))
			.isPresent();
	}

}
