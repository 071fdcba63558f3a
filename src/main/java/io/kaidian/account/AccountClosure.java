package io.kaidian.account;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kaidian.platform.audit.AuditTrail;

/**
 * Closes seller accounts: the account can no longer sign in and its tokens stop working.
 * Used when a banned subject authenticates (R-ID-8); operator closures (R-GOV) come with
 * governance.
 */
@Service
public class AccountClosure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	AccountClosure(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public void close(UUID sellerId, String reason) {
		String memberId = this.jdbc
			.sql("UPDATE seller_account SET status = 'CLOSED' WHERE id = :id AND status = 'ACTIVE' RETURNING member_id")
			.param("id", sellerId)
			.query(String.class)
			.optional()
			.orElse(null);
		if (memberId != null) {
			this.audit.record(new AuditTrail.Entry(memberId, "account", "CLOSED", "ACTIVE", "CLOSED", null, "SYSTEM",
					reason, Map.of()));
		}
	}

}
