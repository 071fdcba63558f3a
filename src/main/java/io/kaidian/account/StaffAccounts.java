package io.kaidian.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.kaidian.platform.security.Role;

/** Staff accounts in {@code staff_account}. */
@Repository
class StaffAccounts {

	private static final String COLUMNS = "id, email_normalized, name, roles, password_hash, created_at, created_by";

	private final JdbcClient jdbc;

	private final LoginEmails logins;

	StaffAccounts(JdbcClient jdbc, LoginEmails logins) {
		this.jdbc = jdbc;
		this.logins = logins;
	}

	/**
	 * Inserts; a concurrent insert of the same email, staff or seller, fails on the
	 * login's primary key.
	 */
	void add(StaffAccount account) {
		this.logins.claim(account.email(), io.kaidian.platform.security.AccountKind.STAFF, account.id());
		this.jdbc
			.sql("INSERT INTO staff_account (id, email, email_normalized, password_hash, name, roles, created_at, "
					+ "created_by) VALUES (:id, :email, :email, :hash, :name, CAST(:roles AS TEXT[]), :createdAt, "
					+ ":createdBy)")
			.param("id", account.id())
			.param("email", account.email().value())
			.param("hash", account.passwordHash())
			.param("name", account.name())
			.param("roles",
					"{" + account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "}")
			.param("createdAt", account.createdAt().atOffset(ZoneOffset.UTC))
			.param("createdBy", account.createdBy())
			.update();
	}

	Optional<StaffAccount> findByEmail(EmailAddress email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE email_normalized = :email")
			.param("email", email.value())
			.query(StaffAccounts::map)
			.optional();
	}

	/** Replaces the password; {@code false} when there is no such account. */
	boolean changePassword(UUID id, String passwordHash) {
		return this.jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update() == 1;
	}

	Optional<StaffAccount> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE id = :id")
			.param("id", id)
			.query(StaffAccounts::map)
			.optional();
	}

	boolean existsWithEmail(EmailAddress email) {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE email_normalized = :email")
			.param("email", email.value())
			.query(Long.class)
			.single() > 0;
	}

	boolean anyOperator() {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE 'OPERATOR' = ANY (roles)")
			.query(Long.class)
			.single() > 0;
	}

	static StaffAccount map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		return new StaffAccount(rs.getObject("id", UUID.class), new EmailAddress(rs.getString("email_normalized")),
				rs.getString("name"),
				Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).collect(Collectors.toSet()),
				rs.getString("password_hash"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("created_by", UUID.class));
	}

}
