package io.kaidian.identity;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.audit.AuditTrail;

/** Records each step of an identity case in the seller's history. */
@Component
class IdentityAudit {

	private final AuditTrail audit;

	IdentityAudit(AuditTrail audit) {
		this.audit = audit;
	}

	void record(IdentityCase c, String action, String from, String to, @Nullable String reason) {
		this.audit.record(new AuditTrail.Entry(c.memberId(), "identity-case:" + c.id(), action, from, to, null,
				"SYSTEM", reason, Map.of("attempt", c.attempt())));
	}

}
