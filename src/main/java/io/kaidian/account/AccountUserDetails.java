package io.kaidian.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import io.kaidian.platform.security.KaidianUserDetails;

/** The accounts the pages' sign-in form checks passwords against. */
@Component
class AccountUserDetails implements UserDetailsService {

	private final StaffAccounts staff;

	AccountUserDetails(StaffAccounts staff) {
		this.staff = staff;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return EmailAddress.parse(username)
			.flatMap(this.staff::findByEmail)
			.map((account) -> new KaidianUserDetails(account.user(null), account.passwordHash(), false))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
