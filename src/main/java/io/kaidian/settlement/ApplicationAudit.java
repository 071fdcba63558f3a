package io.kaidian.settlement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.kaidian.platform.audit.AuditTrail;
import io.kaidian.review.Outcome;
import io.kaidian.review.Reason;

/**
 * What happened to an application, in the audit trail: the seller's steps, the reviewer's
 * decisions and each item's, and the TM-mark reminders and expiries (R-APP-6, PRODUCT.md
 * §4.6).
 */
@Component
class ApplicationAudit {

	private final AuditTrail audit;

	ApplicationAudit(AuditTrail audit) {
		this.audit = audit;
	}

	/** A step the seller took: started, reopened, submitted, approved as it was. */
	void seller(SettlementApplication a, String action, @Nullable String from, @Nullable String to,
			@Nullable String reason, Map<String, Object> detail) {
		Map<String, Object> all = new HashMap<>(detail);
		all.put("attempt", a.attempt());
		this.audit
			.record(new AuditTrail.Entry(a.memberId(), subject(a), action, from, to, null, "SELLER", reason, all));
	}

	/** A reviewer's decision of the whole application, or of items ahead of the rest. */
	void staff(SettlementApplication a, String action, String to, UUID decidedBy, List<Reason> reasons,
			Map<String, Object> detail) {
		this.audit.record(new AuditTrail.Entry(a.memberId(), subject(a), action, "IN_REVIEW", to, decidedBy, "STAFF",
				codes(reasons), detail));
	}

	/**
	 * An item's decision, if the decision moved it: from in review to approved or
	 * rejected.
	 */
	void itemDecided(SettlementApplication before, SettlementApplication after, String key, UUID caseId, UUID decidedBy,
			Map<String, Object> more) {
		if (!changed(before, after, key)) {
			return;
		}
		ApplicationItem item = after.item(key).orElseThrow();
		boolean approved = item.status() == ItemStatus.APPROVED;
		String from = before.item(key).map((i) -> i.status().name()).orElse("IN_REVIEW");
		Map<String, Object> detail = new HashMap<>(more);
		detail.put("attempt", before.attempt());
		detail.put("reviewCaseId", caseId.toString());
		this.audit.record(new AuditTrail.Entry(before.memberId(), itemSubject(before, key),
				approved ? "ITEM_APPROVED" : "ITEM_REJECTED", from,
				(approved ? Outcome.APPROVED : Outcome.REJECTED).name(), decidedBy, "STAFF", codes(item.reasons()),
				detail));
	}

	/** A TM-status mark's reminder or expiry, done by the system (PRODUCT.md §4.6). */
	void trademark(SettlementApplication a, ApplicationItem item, String action, String to, String reason) {
		this.audit.record(new AuditTrail.Entry(a.memberId(), itemSubject(a, item.key()), action, "APPROVED", to, null,
				"SYSTEM", reason, Map.of("expiresAt", Objects.requireNonNull(item.expiresAt()).toString())));
	}

	/** Whether a decision moved the item's status. */
	static boolean changed(SettlementApplication before, SettlementApplication after, String key) {
		return !before.item(key).map(ApplicationItem::status).equals(after.item(key).map(ApplicationItem::status));
	}

	private static String subject(SettlementApplication a) {
		return "settlement-application:" + a.id();
	}

	private static String itemSubject(SettlementApplication a, String key) {
		return "settlement-application:" + a.id() + ":" + key;
	}

	private static @Nullable String codes(List<Reason> reasons) {
		return reasons.isEmpty() ? null
				: reasons.stream().map(Reason::code).distinct().collect(Collectors.joining(","));
	}

}
