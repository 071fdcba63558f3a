package io.kaidian.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.security.AccountKind;

/**
 * Every email in use as a login, staff or seller (R-REG-1: unique across live accounts,
 * case-insensitive, Unicode-normalised). The table's primary key decides a race between
 * two registrations of one email: the second insert fails with a duplicate key.
 */
@Repository
class LoginEmails {

	private final JdbcClient jdbc;

	LoginEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void claim(EmailAddress email, AccountKind kind, UUID accountId) {
		this.jdbc
			.sql("INSERT INTO login_email (email_normalized, account_kind, account_id) VALUES (:email, :kind, :id)")
			.param("email", email.value())
			.param("kind", kind.name())
			.param("id", accountId)
			.update();
	}

	boolean taken(EmailAddress email) {
		return find(email).isPresent();
	}

	Optional<Login> find(EmailAddress email) {
		return this.jdbc.sql("SELECT account_kind, account_id FROM login_email WHERE email_normalized = :email")
			.param("email", email.value())
			.query((rs, row) -> new Login(AccountKind.valueOf(rs.getString("account_kind")),
					rs.getObject("account_id", UUID.class)))
			.optional();
	}

	/**
	 * @param kind staff or seller
	 * @param accountId the account the email signs in to
	 */
	record Login(AccountKind kind, UUID accountId) {
	}

}
